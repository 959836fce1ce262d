import ArgumentParser
import BilanCore
import Foundation

/// The interactive shell: one command a line, read with readline on a terminal or plainly from a pipe.
struct Shell: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "shell",
      abstract: HelpMessage.shell.local)
  }

  @OptionGroup var global: GlobalOptions

  init() {}
  init(global: GlobalOptions) { self.global = global }

  func run(in context: Context) throws {
    context.enterShell()
    // Opened now so that a bad journal is named before the prompt; not kept here: `restore` lets it go.
    _ = try context.journal(writing: false, starting: true)
    let editor = context.input as? LineEditor
    if let editor {
      // The history holds commands as typed: private, as bash's is.
      let history = Paths.history(context.environment)
      Files.createPrivateFile(history)
      editor.setUp(
        historyPath: history, commands: Bilan.commandNames + ["help", "quit", "exit"],
        skillCommands: Bilan.skillCommands)
      editor.leaveOnTermination(
        message: context.say(ShellMessage.stopped))
      let journal = try context.journal(writing: false)
      let count = try journal.entryCount()
      let path = Paths.display(journal.path, context.environment)
      context.tell(context.say(ShellMessage.welcome(version: Bilan.version, journal: path, entries: count)))
    }
    if context.interactive, let due = try? Ratings.due(context), !due.isEmpty {
      let names = due.map { $0.skill.name(in: context.language) }.joined(separator: ", ")
      context.tell(context.say(ShellMessage.due(names)))
    }
    defer { editor?.finish() }
    var failed = false
    while true {
      if let editor {
        // A name holding control characters is not offered: readline would echo it raw.
        let names = (try? context.journal(writing: false).skillNames()) ?? []
        editor.setSkills(names.filter { Terminal.safe($0) == $0 })
        editor.keepCommandNamesOnly(context.journalIsEncrypted)
      }
      guard let line = try context.input.readLine(prompt: "bilan> ", command: true) else {
        context.tell("")
        break
      }
      // A pasted block of several lines runs as several commands.
      for text in line.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
        let words: [String]
        do {
          words = try ShellWords.split(text, home: context.environment["HOME"])
        } catch {
          context.warn("bilan: \(error)")
          failed = true
          continue
        }
        guard let first = words.first else { continue }
        if first == "quit" || first == "exit" { return try finish(failed, context) }
        if first == "help" {
          help(Array(words.dropFirst()), context)
          continue
        }
        do {
          try Dispatch.run(words, context: context, host: context.host)
        } catch is CommandFailed {
          failed = true  // the command said why; the shell goes on
        } catch let stop as StopRun {
          // A script that went out of step stops; a person at the terminal gets the prompt back.
          guard context.interactive else { throw stop }
        } catch {
          if Dispatch.report(error, context: context, host: context.host) != 0 { failed = true }
        }
      }
    }
    try finish(failed, context)
  }

  /// A piped session in which a command failed ends with exit code 1, so scripts notice.
  private func finish(_ failed: Bool, _ context: Context) throws {
    if failed, !context.interactive { throw StopRun(exitCode: 1) }
  }

  private func help(_ words: [String], _ context: Context) {
    if let name = words.first {
      guard let command = Bilan.configuration.subcommands.first(where: { $0._commandName == name }) else {
        context.warn(context.say(ShellMessage.unknownHelp(name)))
        return
      }
      // The argument parser fits its help to the width, its option names in their column; what it
      // leaves wider (the usage line, a long default) is cut at words.
      let text = ParsingLanguage.$current.withValue(context.language) {
        Bilan.helpMessage(for: command, columns: context.host.outputColumns)
      }
      context.out(ParserWords.translate(text, context.language))
      return
    }
    let width = (Bilan.commandNames + ["quit"]).map(\.count).max() ?? 8
    // A description goes on under itself, its command's name alone in its column.
    func line(_ name: String, _ text: String) {
      context.out(
        "  \(name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(text)", wrap: .hanging(width + 4))
    }
    for command in Bilan.configuration.subcommands {
      line(
        command._commandName, ParsingLanguage.$current.withValue(context.language) { command.configuration.abstract })
    }
    line("help", context.say(ShellMessage.helpLine))
    line("quit", context.say(ShellMessage.quitLine))
  }
}
