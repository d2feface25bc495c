using ComplianceHub.Cli;

// `chub`: the command-line companion of the hub. Commands are added per feature folder.
return ChubCommand.Run(args, CliStreams.FromConsole());
