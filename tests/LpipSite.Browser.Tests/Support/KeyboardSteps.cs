using Microsoft.Playwright;

namespace LpipSite.Browser.Tests.Support;

public static class KeyboardSteps
{
    /// <summary>Presses Tab until the predicate (a JavaScript function) holds for the focused element.</summary>
    public static async Task TabToAsync(IPage page, string predicate)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => !!((" + predicate + ")())"))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached the element: " + predicate);
    }
}
