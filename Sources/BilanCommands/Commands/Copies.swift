import ArgumentParser
import BilanCore
import Foundation

struct BackupCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "backup",
      abstract: HelpMessage.backup.local,
      discussion: HelpMessage.backupMore.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.backupFile.local, valueName: "file")) var file: String
  @Flag(help: ArgumentHelp(HelpMessage.backupForce.local)) var force = false
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
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "restore",
      abstract: HelpMessage.restore.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.restoreFile.local, valueName: "file")) var file: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let path = file
    let restored: (kept: String?, entries: Int, key: KeyHold?)
    // Typed in the shell, the shell's own hold on the journal must not count as another bilan.
    context.closeJournal()
    do {
      restored = try Journal.restore(from: path, into: context.journalPath, now: context.now.date) {
        try context.passphrase(for: path)
      }
    } catch let error as JournalError {
      throw BilanError(error.message(context.language))
    }
    context.keepKey(restored.key)
    context.out(
      context.say(SafetyMessage.restored(journal: context.journalPath, entries: restored.entries, from: path)))
    if let kept = restored.kept {
      context.out(context.say(SafetyMessage.previousKept(kept)))
    }
  }
}
