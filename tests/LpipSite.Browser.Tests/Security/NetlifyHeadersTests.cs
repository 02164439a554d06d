using LpipSite.Browser.Tests.Support;

namespace LpipSite.Browser.Tests.Security;

/// <summary>netlify.toml (parsed with Tomlyn) sends a strict Content-Security-Policy and the security headers on every path.</summary>
public sealed class NetlifyHeadersTests
{
    private static readonly IReadOnlyList<HeaderRule> Rules = NetlifyHeaders.Load();

    private static IReadOnlyDictionary<string, string[]> Csp(string path) =>
        NetlifyHeaders.ParseCsp(NetlifyHeaders.For(Rules, path)["Content-Security-Policy"]);

    [Fact]
    public void Every_path_gets_the_security_headers()
    {
        Assert.Contains(Rules, r => r.For == "/*");
        foreach (var path in new[] { "/", "/case-studies/example/", "/assets/css/site.0123abcd.css", "/404.html", "/search/index.json" })
        {
            var headers = NetlifyHeaders.For(Rules, path);
            Assert.True(headers.ContainsKey("Content-Security-Policy"), "no CSP on " + path);
            Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
            Assert.Equal("DENY", headers["X-Frame-Options"]);
            Assert.False(string.IsNullOrWhiteSpace(headers["Referrer-Policy"]));
            Assert.Contains("camera=()", headers["Permissions-Policy"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Content_security_policy_allows_only_the_sites_own_files_and_no_inline_script()
    {
        var csp = Csp("/");
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'"], csp["script-src"]);
        Assert.Equal(["'self'"], csp["style-src"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Equal(["'self'"], csp["base-uri"]);
        Assert.Equal(["'self'"], csp["form-action"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.True(csp["img-src"].All(s => s is "'self'" or "data:"), "img-src allows more than the site and data: URLs");
        var everything = csp.Values.SelectMany(v => v).ToList();
        Assert.DoesNotContain("'unsafe-inline'", everything);
        Assert.DoesNotContain("'unsafe-eval'", everything);
        Assert.DoesNotContain("*", everything);
        Assert.DoesNotContain(everything, s => s.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_hashed_theme_css_and_js_are_cached_as_immutable()
    {
        foreach (var rule in Rules.Where(r => r.Values.TryGetValue("Cache-Control", out var v) && v.Contains("immutable", StringComparison.Ordinal)))
        {
            Assert.True(rule.For is "/assets/css/*" or "/assets/js/*", $"{rule.For} is cached as immutable but its files keep their names when they change");
        }

        Assert.Contains("immutable", NetlifyHeaders.For(Rules, "/assets/css/site.0123abcd.css")["Cache-Control"], StringComparison.Ordinal);
        Assert.Contains("immutable", NetlifyHeaders.For(Rules, "/assets/js/site.0123abcd.js")["Cache-Control"], StringComparison.Ordinal);
        foreach (var path in new[] { "/", "/case-studies/", "/assets/images/diagram.svg", "/assets/files/data.csv", "/search/index.json" })
        {
            Assert.False(NetlifyHeaders.For(Rules, path).TryGetValue("Cache-Control", out var value) && value.Contains("immutable", StringComparison.Ordinal), path + " must not be immutable");
        }
    }
}
