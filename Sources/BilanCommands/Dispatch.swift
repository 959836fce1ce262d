import ArgumentParser
import BilanCore
import Foundation

/// Parses words into a command and runs it: the one path for `bilan CMD …` and for a shell line.
public enum Dispatch {
  /// One whole run: the words after `bilan`, run with `host`'s input and output; gives the exit code.
  public static func main(_ arguments: [String], host: Host) -> Int32 {
    ParsingLanguage.$current.withValue(language(of: arguments, context: nil, host: host)) {
      do {
        try run(arguments, context: nil, host: host)
        return 0
      } catch {
        return report(error, context: nil, host: host)
      }
    }
  }

  /// The language a line is parsed in (its help, its usage errors): its own `--lang`, else the shell's,
  /// else what a context would take (`BILAN_LANG`, the config's `lang:`, the locale).
  static func language(of arguments: [String], context: Context?, host: Host) -> Language {
    var given: Language?
    for (index, word) in arguments.enumerated() {
      if word == "--" { break }
      if word == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
        given = language
      }
      if word.hasPrefix("--lang="), let language = Language(rawValue: String(word.dropFirst(7))) { given = language }
    }
    if let given { return given }
    if let context { return context.language }
    let environment = host.environment
    if let value = environment["BILAN_LANG"], let language = Language(rawValue: value.lowercased()) {
      return language
    }
    // The config is read only when it can decide: start-up stays one file read shorter otherwise.
    let path = Paths.config(environment)
    let config = FileManager.default.fileExists(atPath: path) ? Config.load(path: path).0.lang : nil
    return Language.resolve(option: nil, environment: environment, config: config)
  }

  /// Global options written before the command's name go after it, where its parser reads them:
  /// `bilan --lang fr list` is `bilan list --lang fr`.
  static func normalize(_ arguments: [String]) -> [String] {
    let (leading, index) = leadingGlobals(arguments)
    guard index < arguments.count, Bilan.commandNames.contains(arguments[index]) else { return arguments }
    return [arguments[index]] + leading + arguments[(index + 1)...]
  }

  /// The global options before the first other word, and where that word stands.
  static func leadingGlobals(_ arguments: [String]) -> ([String], Int) {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      let name = String(word.split(separator: "=", maxSplits: 1).first ?? "")
      guard let takesValue = GlobalOptions.names[name] else { break }
      leading.append(word)
      if takesValue, !word.contains("="), index + 1 < arguments.count {
        leading.append(arguments[index + 1])
        index += 1
      }
      index += 1
    }
    return (leading, index)
  }

  /// The unknown word and the closest command, when the first word is not a command.
  static func unknownCommand(_ arguments: [String]) -> (String, String?)? {
    let index = leadingGlobals(arguments).1
    guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
    var first = arguments[index]
    let names = Bilan.commandNames + ["help"]
    // `bilan help lsit`: the parser would print the whole help and succeed; the typo is named instead.
    if first == "help", index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
      first = arguments[index + 1]
      if Bilan.commandNames.contains(first) { return nil }
      let closest = Bilan.commandNames.map { ($0, editDistance($0, first)) }.min { $0.1 < $1.1 }
      return (first, closest.flatMap { $0.1 <= max(2, first.count / 2) ? $0.0 : nil })
    }
    if names.contains(first) { return nil }
    let closest = names.map { ($0, editDistance($0, first)) }.min { $0.1 < $1.1 }
    return (first, closest.flatMap { $0.1 <= max(2, first.count / 2) ? $0.0 : nil })
  }

  /// Runs one command line. `context` is the shell's, or nil for a command given to `bilan` itself.
  static func run(_ arguments: [String], context: Context?, host: Host) throws {
    try ParsingLanguage.$current.withValue(language(of: arguments, context: context, host: host)) {
      try parseAndRun(arguments, context: context, host: host)
    }
  }

  private static func parseAndRun(_ arguments: [String], context: Context?, host: Host) throws {
    if let (word, closest) = unknownCommand(arguments) {
      let language = ParsingLanguage.current
      let help = context == nil ? "bilan --help" : "help"
      let hint = closest.map { ShellMessage.didYouMean($0).text(language) } ?? ""
      throw BilanUsageError(ShellMessage.unknownCommand(word, hint: hint, help: help).text(language))
    }
    var command: ParsableCommand
    do {
      command = try Bilan.parseAsRoot(normalize(arguments))
    } catch {
      // `due --quiet` promises 2 for any error, usage errors included (cron reads only the code).
      let words = normalize(arguments)
      if words.first == "due", words.contains("--quiet") {
        _ = report(error, context: context, host: host)
        throw CommandFailed(exitCode: 2)
      }
      throw error
    }
    if let context, command is Bilan {
      // Only global options on a shell line: there is no command to run (and no second shell).
      throw BilanUsageError(context.say(ShellMessage.noCommand))
    }
    if let root = command as? Bilan {
      // `bilan` alone, or with global options only: the shell.
      try Shell(global: root.global).run(in: Bilan.context(root.global, host: host))
      return
    }
    guard let bilanCommand = command as? BilanCommand else {
      try command.run()
      return
    }
    if let context {
      try bilanCommand.run(in: context.applying(bilanCommand.global))
    } else {
      try bilanCommand.run(in: Bilan.context(bilanCommand.global, host: host))
    }
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let saved = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = saved
      }
    }
    return row[b.count]
  }

  /// Prints an error as the command line does, and gives its exit code.
  static func report(_ error: Error, context: Context?, host: Host) -> Int32 {
    func say(_ line: String) { host.errorLine(line) }
    switch error {
    case let stop as StopRun:
      if let message = stop.message { say(message) }
      return stop.exitCode
    case let failed as CommandFailed:
      return failed.exitCode
    case let error as BilanError:
      say("bilan: \(error.description)")
      return error.exitCode
    case let error as BilanUsageError:
      say("bilan: \(error.description)")
      return ExitCode.validationFailure.rawValue
    case let error as FileWriteError:
      say("bilan: \(error)")
      return 1
    case let error as JournalError:
      // An SQLite failure the journal did not foresee: the journal is named, not SQL.
      let language = context?.language ?? Language.resolve(option: nil, environment: host.environment)
      say("bilan: " + error.message(language))
      return 1
    default:
      // swift-argument-parser's help and usage errors, in the language the line was parsed in.
      let language = context?.language ?? ParsingLanguage.current
      let message = ParserWords.translate(Bilan.fullMessage(for: error), language)
      let code = Bilan.exitCode(for: error).rawValue
      if !message.isEmpty {
        // Help, on a terminal, re-cut where the library left lines wider than it (the usage line).
        if code == 0 {
          host.output.standard((host.outputColumns.map { TextWrap.wrap(message, width: $0, .words) } ?? message) + "\n")
        } else {
          say(message)
        }
      }
      return code
    }
  }
}
