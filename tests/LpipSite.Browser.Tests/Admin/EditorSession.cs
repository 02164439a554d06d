using LpipSite.Browser.Tests.Support;
using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Admin;

/// <summary>
/// One editor signed in to the web editor (Decap CMS at /admin/) in its own browser context, with
/// everything it must not do recorded: console errors, uncaught exceptions, CSP violations
/// (<see cref="PageProbe"/>) and requests to any origin but the site's and decap-server's. Finds
/// Decap's controls by their labels and roles.
/// </summary>
public sealed class EditorSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly PageProbe _probe;
    private readonly EditorRepository _repository;
    private readonly List<string> _requests = [];

    private EditorSession(IBrowserContext context, PageProbe probe, IPage page, EditorRepository repository)
    {
        _context = context;
        _probe = probe;
        Page = page;
        _repository = repository;
    }

    public IPage Page { get; }

    public static async Task<EditorSession> SignInAsync(SiteFixture sites, EditorRepository repository)
    {
        var context = await sites.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(15_000);
        var probe = await PageProbe.AttachAsync(context);
        var page = await context.NewPageAsync();
        var session = new EditorSession(context, probe, page, repository);
        context.Request += (_, request) =>
        {
            lock (session._requests)
            {
                session._requests.Add(request.Url);
            }
        };

        await page.GotoAsync(repository.Url("/admin/"));

        // The proxy backend (decap-server) asks for no credentials: its sign-in page has one button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Login", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Collections", Exact = true }).WaitForAsync();
        return session;
    }

    /// <summary>Goes to a page of the editor by its address (#/collections/…), as following a link in it does.</summary>
    public Task GoToAsync(string hash) => Page.GotoAsync(_repository.Url("/admin/" + hash));

    /// <summary>A one-line or multi-line text field.</summary>
    public ILocator TextBox(string label) => Page.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });

    /// <summary>A Markdown field's editor: its label names the field's box, not the editable area.</summary>
    public ILocator Markdown(string label) =>
        Page.Locator("[aria-label='markdown field']")
            .Filter(new() { Has = Page.GetByText(label, new() { Exact = true }) })
            .GetByRole(AriaRole.Textbox);

    public async Task TypeMarkdownAsync(string label, string text)
    {
        await Markdown(label).ClickAsync();
        await Page.Keyboard.TypeAsync(text);
    }

    /// <summary>Picks an option of a select or relation field, typing first to search a relation's entries.</summary>
    public async Task ChooseAsync(string label, string option, string? search = null)
    {
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        if (search is null)
        {
            await box.ClickAsync();
        }
        else
        {
            await box.FillAsync(search);
        }

        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>Shows one locale only: the side-by-side pane of the other locale is closed.</summary>
    public Task CloseSecondLocaleAsync() => Page.GetByTitle("Toggle i18n").ClickAsync();

    /// <summary>Switches the (left) editing pane to a locale.</summary>
    public async Task WriteInAsync(string from, string to)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Writing in " + from.ToUpperInvariant(), Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = to, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Saves the entry. decap-server in files mode offers no editorial workflow, so Decap (configured
    /// with editorial_workflow) falls back to simple publishing: "Publish now" writes the files.
    /// </summary>
    public async Task PublishNowAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Publish now", Exact = true }).ClickAsync();

        // Decap says "Entry saved" once decap-server has written the files, or marks the fields it refused.
        var errors = Page.Locator("[class*='ControlErrorsList'] li");
        await Page.GetByText("Entry saved", new() { Exact = true }).Or(errors.First).WaitForAsync();
        var shown = await errors.AllInnerTextsAsync();
        Assert.True(shown.Count == 0, "the editor refused to save:\n" + string.Join('\n', await FieldErrorsAsync()));
    }

    /// <summary>The errors Decap shows under fields, each with its field's label.</summary>
    private async Task<IReadOnlyList<string>> FieldErrorsAsync() =>
        await Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll("[class*='ControlErrorsList'] li")].map(li => {
              const control = li.closest("[aria-label$=' field']");
              const label = control && control.querySelector('label');
              return (label ? label.textContent : '?') + ': ' + li.textContent;
            })
            """);

    /// <summary>Fails with everything the editor did wrong: console errors, exceptions, CSP violations, requests elsewhere.</summary>
    public async Task AssertNothingWentWrongAsync()
    {
        var problems = new List<string>(_probe.Problems);
        problems.AddRange((await PageProbe.CspViolationsAsync(Page)).Select(v => "CSP violation: " + v));
        lock (_requests)
        {
            problems.AddRange(_requests
                .Where(url => url.StartsWith("http", StringComparison.Ordinal))
                .Where(url => !_repository.Origins.Contains(new Uri(url).GetLeftPart(UriPartial.Authority), StringComparer.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Select(url => "request to another origin: " + url));
        }

        problems.AddRange((await FieldErrorsAsync()).Select(e => "field error shown: " + e));
        Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n\ndecap-server said:\n" + _repository.Decap.Output);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
