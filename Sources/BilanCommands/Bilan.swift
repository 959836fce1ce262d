import ArgumentParser
import BilanCore
import Foundation

/// The command tree, shared by the command line and the shell.
public struct Bilan: ParsableCommand {
  public static let version = "0.2.0"

  public static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "bilan",
      abstract: HelpMessage.bilan.local,
      discussion: HelpMessage.bilanMore.local,
      version: version,
      subcommands: [
        Shell.self, Assess.self, Daily.self, Resume.self, Drafts.self, List.self, Show.self, Edit.self, Export.self,
        Import.self,
        Check.self, Skills.self, Prompts.self, Rate.self, TargetCommand.self, History.self, CadenceCommand.self,
        Due.self, Projects.self, ProjectCommand.self, Publish.self, Star.self, Unstar.self, TagsCommand.self,
        Search.self,
        Write.self, Delete.self, Undelete.self, TrashCommand.self, BackupCommand.self, RestoreCommand.self,
        Doctor.self, ReviewCommand.self, EvidenceCommand.self, FrameworkCommand.self,
        Encrypt.self, Decrypt.self, PassphraseCommand.self,
      ]
    )
  }

  @OptionGroup var global: GlobalOptions

  public init() {}

  /// `bilan` alone opens the shell: `Dispatch` runs it with the run's host.
  public mutating func run() throws {
    throw BilanError("no host to run the shell in (run bilan through Dispatch.main)")
  }

  /// Read by every command line (to find global options before the name): worked out once.
  static let commandNames: [String] = configuration.subcommands.map { $0._commandName }

  /// Commands whose first argument is a skill name: Tab completes it.
  static let skillCommands: Set<String> = ["assess", "daily", "rate", "target", "history", "cadence"]

  static func context(_ global: GlobalOptions, host: Host) -> Context {
    let environment = host.environment
    // The config's problems carry both languages: they are said in the one the config itself chose.
    let (config, problems) = Config.load(path: Paths.config(environment))
    let context = Context(
      global: global, host: host,
      input: host.input(
        Language.resolve(
          option: global.lang, environment: environment, config: config.lang)), config: config)
    for problem in problems {
      context.warn(context.say(ShellMessage.configWarning(problem.text(context.language))))
    }
    if let value = environment["BILAN_LANG"], !value.isEmpty, Language(rawValue: value.lowercased()) == nil {
      context.warn(context.say(ShellMessage.unknownLanguage(value)))
    }
    return context
  }
}

/// Options every command takes, before or after its name.
struct GlobalOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      HelpMessage.globalOptionsDb.local, valueName: "path"))
  var db: String?

  @Option(
    help: ArgumentHelp(
      HelpMessage.globalOptionsLang.local,
      valueName: "fr|en"))
  var lang: Language?

  @Flag(help: ArgumentHelp(HelpMessage.globalOptionsVerbose.local))
  var verbose = false

  @Option(help: ArgumentHelp(HelpMessage.globalOptionsPassphraseFile.local, valueName: "file"))
  var passphraseFile: String?

  init() {}

  /// The global options' names with whether they take a value: used to move them after the command name.
  static let names: [String: Bool] = [
    "--db": true, "--lang": true, "--verbose": false, "--passphrase-file": true,
  ]
}

extension Language: ExpressibleByArgument {
  // Spelled out: the default goes through CaseIterable and String(describing:) on every command line.
  public static var allValueStrings: [String] { ["fr", "en"] }
}

/// A command that runs with a context, so the shell can run it with its own input and journal.
protocol BilanCommand: ParsableCommand {
  var global: GlobalOptions { get }
  func run(in context: Context) throws
}

extension BilanCommand {
  /// Commands run through `Dispatch`, which gives them the run's context.
  func run() throws {
    throw BilanError("no host to run '\(Self._commandName)' in (run bilan through Dispatch.main)")
  }
}
