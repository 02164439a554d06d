namespace LpipSite.Core; internal static class Placeholder { }
