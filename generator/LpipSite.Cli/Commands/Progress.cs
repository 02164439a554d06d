namespace LpipSite.Cli.Commands;

/// <summary>Shows the running stage on one terminal line; silent when output is redirected.</summary>
internal sealed class Progress : IDisposable
{
    private bool _shown;

    public static Progress? OnTerminal() => Console.IsErrorRedirected ? null : new Progress();

    public void Report(string stage)
    {
        Console.Error.Write($"\r\u001b[2K{stage}…");
        _shown = true;
    }

    public void Dispose()
    {
        if (_shown)
        {
            Console.Error.Write("\r\u001b[2K");
            _shown = false;
        }
    }
}
