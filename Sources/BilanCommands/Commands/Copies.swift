import ArgumentParser
import BilanCore
import Foundation

struct BackupCommand: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Copy the whole journal to a file (0600), consistent even while another bilan writes.",
    discussion: "'restore FILE' puts such a copy back. 'export --all --format json' writes a readable backup instead.")
  @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "file")) var file: String
  @Flag(help: "Replace the file if it exists.") var force = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let path = file
    if FileManager.default.fileExists(atPath: path), !force {
      throw BilanError(
        context.say(SafetyMessage.alreadyExists(path)))
    }
    let entries: Int
    do {
      entries = try context.journal(writing: false).copy(to: path)
    } catch let error as JournalError {
      throw BilanError(error.message(context.language))
    }
    context.out(context.say(SafetyMessage.copied(path, entries: entries)))
  }
}

struct RestoreCommand: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore",
    abstract: "Put a copy made by 'backup' back in place of the journal; the journal replaced is kept beside it.")
  @Argument(help: ArgumentHelp("The copy to restore.", valueName: "file")) var file: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let path = file
    let restored: (kept: String?, entries: Int)
    // Typed in the shell, the shell's own hold on the journal must not count as another bilan.
    context.closeJournal()
    do {
      restored = try Journal.restore(from: path, into: context.journalPath, now: context.now.date)
    } catch let error as JournalError {
      throw BilanError(error.message(context.language))
    }
    context.out(
      context.say(SafetyMessage.restored(journal: context.journalPath, entries: restored.entries, from: path)))
    if let kept = restored.kept {
      context.out(context.say(SafetyMessage.previousKept(kept)))
    }
  }
}
