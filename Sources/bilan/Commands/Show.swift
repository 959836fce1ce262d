import ArgumentParser
import BilanCore
import Foundation

struct Show: BilanCommand {
  static let configuration = CommandConfiguration(abstract: "Print one entry's answers.")

  @Argument(help: "The entry's id (see 'list').")
  var id: Int64?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let id = try self.id ?? context.askEntryID(command: "show")
    let journal = try context.journal(writing: false)
    let entry = try EntryLoader.entry(id, journal, context)
    let loaded = try EntryLoader.essay(entry, journal, context)
    let (essay, set) = (loaded.essay, loaded.set)
    let lang = entry.lang
    var head = "#\(id)  \(essay.title)"
    if let date = essay.date { head += "  " + EntryFormat.dateTime(date, essay.utcOffset) }
    if entry.isDraft { head += "  (" + context.say("brouillon", "draft") + ")" }
    context.out(Terminal.bold(Terminal.safe(head)))
    // French puts a space before the colon.
    func field(_ french: String, _ english: String, _ value: String) {
      context.out(Terminal.safe(lang.pick("\(french) : \(value)", "\(english): \(value)")))
    }
    if !essay.description.isEmpty { field("Description", "Description", essay.description) }
    if !essay.tags.isEmpty { field("Étiquettes", "Tags", essay.tags.joined(separator: ", ")) }
    if let level = essay.level { field("Niveau", "Level", "\(level)/5 — \(RatingScale.descriptor(level, lang))") }
    if let target = essay.target {
      field(
        "Objectif", "Target",
        "\(target.level)/5 — \(RatingScale.name(target.level, lang)), \(lang.pick("d'ici", "by")) \(target.due)")
    }
    let related = try journal.relatedSkills(of: id)
    if !related.isEmpty {
      field("Compétences", "Skills", related.map { $0.name(in: lang) }.joined(separator: ", "))
    }
    if let imported = loaded.imported {
      // An imported file: its own headings and text, as they are written back.
      field("Fichier", "File", imported.source.path ?? "-")
      if entry.promptSet != nil { context.out(context.say("Questions : \(set.id)", "Questions: \(set.id)")) }
      context.out("")
      let body =
        (imported.source.layout.intro ? imported.answers[Source.introKey] ?? "" : "")
        + imported.sections.map { $0.heading + "\n" + $0.text }.joined()
      context.write(Terminal.safe(body))
      return
    }
    context.out(context.say("Questions : \(set.id)", "Questions: \(set.id)"))
    for section in essay.sections {
      context.out("")
      if !section.heading.isEmpty { context.out(Terminal.bold(Terminal.safe("## \(section.heading)"))) }
      context.out("")
      context.out(Terminal.safe(section.text))
    }
  }
}
