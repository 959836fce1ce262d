import ArgumentParser
import BilanCore
import Foundation

struct Delete: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Move entries to the trash ('undelete' brings them back).")
  @Argument(help: "The entries' ids (see 'list').") var ids: [Int64] = []
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let ids = try self.ids.isEmpty ? [context.askEntryID(command: "delete")] : self.ids
    let journal = try context.journal()
    let titles = try ids.map { try EntryLoader.entry($0, journal, context).title }
    try journal.trash(ids, now: context.now.date)
    for (id, title) in zip(ids, titles) {
      context.out(

        context.say(
          "#\(id) \(title) : à la corbeille (« undelete \(id) » l'en sort)",
          "#\(id) \(title): moved to the trash ('undelete \(id)' brings it back)"))
    }
  }
}

struct Undelete: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "undelete", abstract: "Bring entries back from the trash, as they were.")
  @Argument(help: "The entries' ids (see 'trash').") var ids: [Int64]
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let restored = Set(try journal.restore(fromTrash: ids))
    var missing: [Int64] = []
    for id in ids {
      if restored.contains(id), let entry = try journal.entry(id) {
        context.out(context.say("#\(id) \(entry.title) : revenue", "#\(id) \(entry.title): back"))
      } else {
        missing.append(id)
      }
    }
    guard missing.isEmpty else {
      let list = missing.map { "#\($0)" }.joined(separator: ", ")
      throw BilanError(
        context.say(
          "\(list) : pas dans la corbeille (voir « trash »).", "\(list): not in the trash (see 'trash')."))
    }
  }
}

struct TrashCommand: BilanCommand {
  static let configuration = CommandConfiguration(
    commandName: "trash", abstract: "The entries in the trash, the last deleted first; --empty deletes them for good.")
  @Flag(help: "Delete every entry in the trash for good, after a confirmation.") var empty = false
  @Flag(help: "Do not ask for the confirmation.") var yes = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: empty)
    let entries = try journal.trashed()
    if entries.isEmpty {
      context.tell(context.say("La corbeille est vide.", "The trash is empty."))
      return
    }
    guard empty else {
      for entry in entries {
        let day = Ratings.day(entry.deletedAt, context)
        context.out("\(entry.id)  \(day)  \(entry.title)")
      }
      return
    }
    let question = context.say(
      "Supprimer pour de bon les \(entries.count) entrées de la corbeille ?",
      "Delete the \(entries.count) entries in the trash for good?")
    guard try context.confirm(question, yes: yes) else {
      context.out(context.say("Rien n'a été supprimé.", "Nothing was deleted."))
      return
    }
    let count = try journal.emptyTrash()
    context.out(context.say("\(count) entrées supprimées pour de bon.", "\(count) entries deleted for good."))
  }
}
