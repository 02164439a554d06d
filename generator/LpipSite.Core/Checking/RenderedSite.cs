namespace LpipSite.Core.Checking;

/// <summary>A page as rendered in memory: where it comes from and every link on it.</summary>
public sealed record RenderedLinks(string Url, string SourcePath, IReadOnlyList<string> Hrefs);

/// <summary>The site rendered in memory for <c>lpip check</c>: its pages (with their ids), links and files.</summary>
public sealed record RenderedSite(IReadOnlyList<TargetPage> Pages, IReadOnlyList<RenderedLinks> Links, IReadOnlyList<string> Files);
