using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Support;

public static class Navigation
{
    /// <summary>
    /// Does what should take the page to another address (a key press, a click) and waits until the
    /// address is <paramref name="pathAndQuery"/> and the new document has been parsed. The wait
    /// starts before the action, so a fast navigation cannot be missed, and allows a minute, as a
    /// busy shared machine can need.
    /// </summary>
    public static async Task ToAsync(IPage page, string pathAndQuery, Func<Task> action)
    {
        var arrived = page.WaitForURLAsync(
            url => new Uri(url).PathAndQuery == pathAndQuery,
            new PageWaitForURLOptions { Timeout = 60_000, WaitUntil = WaitUntilState.DOMContentLoaded });
        await action();
        await arrived;
    }
}
