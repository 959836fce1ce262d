import ArgumentParser
import BilanCore
import Foundation

struct Skills: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "skills",
      abstract: HelpMessage.skills.local,
      discussion: HelpMessage.skillsMore.local,
      subcommands: [
        SkillsList.self, SkillsAdd.self, SkillsRename.self, SkillsMerge.self, SkillsRemove.self, SkillsCategory.self,
      ],
      defaultSubcommand: SkillsList.self)
  }
}

struct SkillsList: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "list",
      abstract: HelpMessage.skillsList.local)
  }

  @Flag(help: ArgumentHelp(HelpMessage.skillsListChart.local)) var chart = false
  @Option(help: ArgumentHelp(HelpMessage.sharedFormat.local)) var format: Ratings.Format = .text
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal(writing: false)
    let rows = try journal.standings(standard: context.cadence, zone: context.zone).inDisplayOrder(context.language)
    let expectation = try context.expectation(journal)
    if format == .json {
      try Ratings.printJSON(rows.map { Ratings.json($0, context, expectation: expectation) }, context)
      return
    }
    if rows.isEmpty {
      context.tell(context.say(SkillMessage.noSkills))
      return
    }
    if chart {
      bars(rows, expectation, context)
      return
    }
    let names = rows.map { $0.skill.name(in: context.language) }
    let categories = rows.map { SkillCommands.categoryName($0.skill.category, context) }
    let now = context.now.date
    // Columns: skill, category, level, target, last rated, trend, due.
    let header = [
      context.say(SkillMessage.columnSkill), context.say(SkillMessage.columnCategory),
      context.say(SkillMessage.columnLevel),
      expectation == nil ? "" : context.say(FrameworkMessage.columnExpected), context.say(SkillMessage.columnTarget),
      context.say(SkillMessage.columnRatedOn), context.say(SkillMessage.columnTrend), "",
    ]
    var table: [[String]] = [header]
    for (index, row) in rows.enumerated() {
      table.append([
        names[index], categories[index], row.current.map { "\($0.level)/5" } ?? "–",
        expectation.map { $0.level(of: row.skill).map { "\($0)/5" } ?? "–" } ?? "",
        row.target.map { "\($0.level)/5" + ($0.due.isEmpty ? "" : " \($0.due)") } ?? "–",
        row.current.map { Ratings.day($0.ratedAt, context) } ?? context.say(SkillMessage.never),
        row.current == nil ? "" : Charts.arrow(row.ratings.map(\.level)),
        row.isDue(at: now) ? context.say(SkillMessage.due) : "",
      ])
    }
    let widths = (0..<header.count).map { column in min(32, table.map { $0[column].count }.max() ?? 0) }
    for (index, cells) in table.enumerated() {
      // Without a framework the expected column is empty, and left out.
      let line = cells.enumerated().filter { widths[$0.offset] > 0 || $0.offset == header.count - 1 }.map {
        column, cell in EntryFormat.cut(cell, widths[column])
      }.joined(
        separator: "  ")
      let text = line.trimmingTrailingSpaces()
      // On a narrow terminal a row goes on under its second column, cut between words.
      context.out(text, index == 0 ? .dim : .plain, wrap: .hanging(widths[0] + 2))
    }
  }

  /// Sorted bars, human skills then technical ones, so ten skills compare at a glance; with a framework
  /// aimed at, its expected level marked on each.
  private func bars(_ rows: [SkillStanding], _ expectation: Expectation?, _ context: Context) {
    let groups: [(String, [SkillStanding])] = [
      (context.say(SkillMessage.humanSkills), rows.filter { $0.skill.category == .human }),
      (context.say(SkillMessage.technicalSkills), rows.filter { $0.skill.category == .technical }),
      (context.say(SkillMessage.uncategorisedSkills), rows.filter { $0.skill.category == nil }),
    ].filter { !$0.1.isEmpty }
    let nameWidth = min(28, rows.map { $0.skill.name(in: context.language).count }.max() ?? 0)
    let cells = max(2, min(8, (context.width - nameWidth - 14) / 5))
    for (index, (title, members)) in groups.enumerated() {
      if index > 0 { context.out("") }
      context.out(title, .bold)
      let sorted = members.sorted {
        ($0.current?.level ?? 0, Skill.key(for: $1.skill.name(in: context.language)))
          > ($1.current?.level ?? 0, Skill.key(for: $0.skill.name(in: context.language)))
      }
      for row in sorted {
        let expected = expectation?.level(of: row.skill)
        let bar = Charts.bar(
          level: row.current?.level, target: row.target?.level, expected: expected, cellsPerLevel: cells)
        let level = row.current.map { "\($0.level)/5" } ?? "–"
        let target = row.target.map { " ┃\($0.level)" } ?? ""
        context.out(
          EntryFormat.cut(row.skill.name(in: context.language), nameWidth) + "  " + bar + "  " + level + target
            + (expected.map { " ╎\($0)" } ?? ""),
          wrap: .none)
      }
    }
    let stage = expectation.map {
      "   " + context.say(FrameworkMessage.chartExpected(stage: $0.stage.name[context.language]))
    }
    context.out(context.say(SkillMessage.legend) + (stage ?? ""), .dim)
  }
}

struct SkillsAdd: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "add", abstract: HelpMessage.skillsAdd.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedName.local))
  var name: String

  @Option(help: ArgumentHelp(HelpMessage.skillsAddCategory.local))
  var category: Skill.Category?

  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let name = self.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else {
      throw BilanUsageError(context.say(UsageMessage.skillNeedsName(command: "bilan skills add")))
    }
    let journal = try context.journal(starting: true)
    // `La gestion de projets` is the catalogue's *Gestion de projet*: a second would split its history.
    if let existing = try journal.skill(named: name) ?? journal.skillAlike(name) {
      throw BilanError(context.say(SkillMessage.alreadyInCatalogue(existing.name(in: context.language))))
    }
    let skill = try journal.addSkill(name: name, category: category, now: context.now.date)
    context.out(context.say(SkillMessage.added(skill.name(in: context.language), category: category)))
  }
}

struct SkillsRename: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rename", abstract: HelpMessage.skillsRename.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String
  @Argument(help: ArgumentHelp(HelpMessage.skillsRenameName.local)) var name: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let found = try SkillCommands.resolve(skill, context, journal, adding: false)
    let name = self.name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw BilanUsageError(context.say(UsageMessage.emptyNewName)) }
    if let other = try journal.skill(named: name), other.id != found.id {
      throw BilanError(
        context.say(
          SkillMessage.alreadyExists(
            other.name(in: context.language), renaming: found.name(in: context.language))))
    }
    try journal.renameSkill(found.id!, to: name, now: context.now.date)
    context.out(context.say(SkillMessage.renamed(found.name(in: context.language), to: name)))
  }
}

struct SkillsMerge: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "merge", abstract: HelpMessage.skillsMerge.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.skillsMergeFrom.local)) var from: String
  @Argument(help: ArgumentHelp(HelpMessage.skillsMergeInto.local)) var into: String
  @Flag(help: ArgumentHelp(HelpMessage.sharedNoConfirmation.local)) var yes = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let old = try SkillCommands.resolve(from, context, journal, adding: false)
    let kept = try SkillCommands.resolve(into, context, journal, adding: false)
    guard old.id != kept.id else {
      throw BilanError(context.say(SkillMessage.sameSkill))
    }
    let count = try journal.entryCount(skill: old.id!)
    guard
      try context.confirm(
        context.say(
          SkillMessage.mergeQuestion(
            old.name(in: context.language), entries: count, into: kept.name(in: context.language))),
        yes: yes)
    else {
      context.tell(context.say(SkillMessage.nothingChanged))
      return
    }
    try journal.mergeSkill(old.id!, into: kept.id!, now: context.now.date)
    context.out(
      context.say(SkillMessage.merged(old.name(in: context.language), into: kept.name(in: context.language))))
  }
}

struct SkillsRemove: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "remove",
      abstract: HelpMessage.skillsRemove.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String
  @Flag(help: ArgumentHelp(HelpMessage.skillsRemoveYes.local)) var yes = false
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let journal = try context.journal()
    let found = try SkillCommands.resolve(skill, context, journal, adding: false)
    let count = try journal.entryCount(skill: found.id!)
    if count > 0, !yes {
      throw BilanError(context.say(SkillMessage.inUse(found.name(in: context.language), entries: count)))
    }
    try journal.removeSkill(found.id!)
    context.out(context.say(SkillMessage.removed(found.name(in: context.language))))
  }
}

struct SkillsCategory: BilanCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "category", abstract: HelpMessage.skillsCategory.local)
  }

  @Argument(help: ArgumentHelp(HelpMessage.sharedSkill.local)) var skill: String
  @Argument(help: ArgumentHelp(HelpMessage.skillsCategoryCategory.local)) var category: String
  @OptionGroup var global: GlobalOptions

  func run(in context: Context) throws {
    let value: Skill.Category?
    if ["none", "aucune"].contains(category.lowercased()) {
      value = nil
    } else if let parsed = Skill.Category(argument: category) {
      value = parsed
    } else {
      throw BilanUsageError(context.say(SkillMessage.notACategory(category)))

    }
    let journal = try context.journal()
    let found = try SkillCommands.resolve(skill, context, journal, adding: false)
    try journal.setCategory(of: found.id!, to: value)
    context.out("\(found.name(in: context.language)): \(SkillCommands.categoryName(value, context))")
  }
}
