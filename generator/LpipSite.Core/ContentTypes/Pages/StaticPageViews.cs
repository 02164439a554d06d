namespace LpipSite.Core.Rendering.Views;

// The type's view records live with it and keep the Views namespace the templates and page keys use.

public sealed record StaticPageView(string Title, string Summary, DateView? Updated, BodyView Body);
