import ArgumentParser
import BilanCore
import Foundation

struct Show: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "show", abstract: HelpMessage.show.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedEntryID.local))
  var id: Int64?

  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let id = try self.id ?? context.askEntryID(command: "show")
    let journal = try context.journal(writing: false)
    let entry = try EntryLoader.entry(id, journal, context)
    let loaded = try EntryLoader.essay(entry, journal, context)
    let (essay, set) = (loaded.essay, loaded.set)
    if format == .json {
      try Ratings.printJSON(try json(entry, loaded, journal, context), context)
      return
    }
    let lang = entry.lang
    var head = "#\(id)  \(essay.title)"
    if let date = essay.date { head += "  " + EntryFormat.dateTime(date, essay.utcOffset) }
    if entry.isDraft {
      head += "  (" + context.say(EntryMessage.draft) + ")"
    } else if essay.date == nil {
      head += "  (" + context.say(EntryMessage.undated) + ")"
    }
    context.out(head, .bold)
    // The fields in the entry's language.
    func field(_ message: EntryMessage) {
      context.out(message.text(lang))
    }
    if !essay.description.isEmpty { field(.description(essay.description)) }
    if !essay.tags.isEmpty { field(.tags(essay.tags.joined(separator: ", "))) }
    if let level = essay.level { field(.level("\(level)/5 — \(RatingScale.descriptor(level, lang))")) }
    if let target = essay.target {
      field(.target(target.level, name: RatingScale.name(target.level, lang), due: target.due))
    }
    let related = try journal.relatedSkills(of: id)
    if !related.isEmpty {
      field(.skills(related.map { $0.name(in: lang) }.joined(separator: ", ")))
    }
    if let imported = loaded.imported {
      // An imported file: its own headings and text, as they are written back.
      field(.file(imported.source.path ?? "-"))
      if entry.promptSet != nil { context.out(context.say(EntryMessage.questions(set.id))) }
      context.out("")
      context.write(imported.body, wrap: .markdown)
      return
    }
    context.out(context.say(EntryMessage.questions(set.id)))
    for section in essay.sections {
      context.out("")
      if !section.heading.isEmpty { context.out("## \(section.heading)", .bold) }
      context.out("")
      context.out(section.text, wrap: .markdown)
    }
  }

  /// The listing's fields, then what the entry holds: its sections as shown, its answers by question.
  func json(_ entry: Entry, _ loaded: EntryLoader.Loaded, _ journal: Journal, _ context: Context) throws
    -> [String: Any]
  {
    guard let summary = try journal.summaries(matching: EntryFilter(), limit: nil, ids: [entry.id!]).first else {
      return [:]
    }
    var object = try EntryListing.json([summary], journal, context)[0]
    let essay = loaded.essay
    let sections =
      loaded.imported.map { imported in
        imported.sections.map { ["heading": $0.heading, "text": $0.text] }
      } ?? essay.sections.map { ["heading": $0.heading, "text": $0.text] }
    object["lang"] = entry.lang.rawValue
    object["description"] = essay.description
    object["target"] = essay.target.map { ["level": $0.level, "by": $0.due] as [String: Any] } ?? NSNull()
    object["project"] = try entry.projectID.flatMap { try journal.project($0)?.name } ?? NSNull()
    object["file"] = loaded.imported?.source.path ?? NSNull()
    object["sections"] = sections
    object["body"] = loaded.imported?.body ?? essay.body
    object["answers"] = loaded.answers
    return object
  }
}
