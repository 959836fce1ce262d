import ArgumentParser
import BilanCore
import Foundation

struct Delete: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "delete", abstract: HelpMessage.delete.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.deleteIds.local)) var ids: [Int64] = []
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let ids = try self.ids.isEmpty ? [context.askEntryID(command: "delete")] : self.ids
    let journal = try context.journal()
    let titles = try ids.map { try EntryLoader.entry($0, journal, context).title }
    try journal.trash(ids, now: context.now.date)
    for (id, title) in zip(ids, titles) {
      context.out(

        context.say(SafetyMessage.trashed(id, title)))
    }
  }
}

struct Undelete: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "undelete", abstract: HelpMessage.undelete.local)
  }
  @Argument(help: ArgumentHelp(HelpMessage.undeleteIds.local)) var ids: [Int64]
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let restored = Set(try journal.restore(fromTrash: ids))
    var missing: [Int64] = []
    for id in ids {
      if restored.contains(id), let entry = try journal.entry(id) {
        context.out(context.say(SafetyMessage.back(id, entry.title)))
      } else {
        missing.append(id)
      }
    }
    guard missing.isEmpty else {
      let list = missing.map { "#\($0)" }.joined(separator: ", ")
      throw BilanError(
        context.say(SafetyMessage.notInTrash(list)))
    }
  }
}

struct TrashCommand: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "trash", abstract: HelpMessage.trash.local)
  }
  @Flag(help: ArgumentHelp(HelpMessage.trashEmpty.local)) var empty = false
  @Flag(help: ArgumentHelp(HelpMessage.trashYes.local)) var yes = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: empty)
    let entries = try journal.trashed()
    if entries.isEmpty {
      context.tell(context.say(SafetyMessage.trashEmpty))
      return
    }
    guard empty else {
      for entry in entries {
        let day = Ratings.day(entry.deletedAt, context)
        context.out("\(entry.id)  \(day)  \(entry.title)", wrap: .hanging(String(entry.id).count + day.count + 4))
      }
      return
    }
    let question = context.say(SafetyMessage.emptyTrashQuestion(entries.count))
    guard try context.confirm(question, yes: yes) else {
      context.out(context.say(SafetyMessage.nothingDeleted))
      return
    }
    let count = try journal.emptyTrash()
    context.out(context.say(SafetyMessage.deletedForGood(count)))
  }
}
