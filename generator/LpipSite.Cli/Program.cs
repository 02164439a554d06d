using LpipSite.Cli;

return CommandLine.Run(args);
