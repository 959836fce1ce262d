extension RatingMessage {
  var en: String {
    switch self {
    case .notALevel(let text): "'\(text)' is not a level: a whole number from 1 to 5"
    case .byTakes(let by): "--by takes 2027, 2027-06 or 2027-06-30, not '\(by)'"
    case .alreadyPassed(let date): "\(date) has already passed"
    case .belowCurrent(let level): "Note: that is below the current level (\(level)/5)."
    case .target(let skill, let level, let by): "\(skill): target \(level)/5" + (by.isEmpty ? "" : " by \(by)")
    case .badCadence(let every): "'\(every)': write 30d, 6w, 3m, 1y or default"
    case .cadence(let skill, let every, let day, let isDue):
      "\(skill): re-rated every \(every.spelled(.en))"
        + (day.map { isDue ? ", due since \($0)" : ", next due \($0)" } ?? "")
    case .notRated(let skill, let summary): "\(skill): not rated yet" + (summary.isEmpty ? "." : "; \(summary).")
    case .ratings(let n): "\(n) " + (n == 1 ? "rating" : "ratings")
    case .evidence(let evidence): "  (evidence: \(evidence))"
    case .entry(let id): "  [entry #\(id)]"
    case .nothingDue: "Nothing is due."
    case .due(let skill, let level, let on, let since): "\(skill)  \(level)/5 on \(on), due since \(since)"
    case .summaryTarget(let level, let by): "target \(level)/5" + (by.isEmpty ? "" : " by \(by)")
    case .summaryDueSince(let day, let every): "due since \(day) (every \(every.spelled(.en)))"
    case .summaryNextDue(let day, let every): "next due \(day) (every \(every.spelled(.en)))"
    case .separator: "; "
    case .skillPrompt: "Skill:"
    case .previous(let level, let on): "Previous: \(level)/5 on \(on)."
    case .justificationPrompt: "Justification (one line): "
    case .levelNeedsEvidence(let level): "a level of \(level) needs evidence"
    case .jumpNeedsEvidence(let from, let to): "going from \(from) to \(to) needs evidence"
    case .addEvidence(let why): "\(why): add --evidence ID|URL (an entry or a project page that shows it)"
    case .rated(let skill, let level, let on): "\(skill): \(level)/5 on \(on)"
    case .before(let level, let on): " (before: \(level)/5 on \(on))"
    case .nothingStored: "Nothing was stored."
    case .dateTakes(let date): "--date takes a day such as 2026-09-01, not '\(date)'"
    case .futureDate(let date): "--date \(date) is in the future"
    case .missingLevel: "Missing the level: bilan rate SKILL LEVEL (1 to 5)"
    case .levelPrompt: "Level (or :quit): "
    case .notALevelTypeAgain(let typed): "'\(typed)' is not a level: type a whole number from 1 to 5, or :quit."
    case .evidencePrompt(let required):
      required ? "Evidence (required: an entry id or an address): " : "Evidence (an entry id or an address, optional): "
    case .typeEvidence: "Type the evidence, or :quit to stop."
    case .levelCallsForEvidence: "This level calls for evidence: a project, a result, an entry."
    case .noEntry(let id): "No entry #\(id) (see 'list')."
    }
  }
}
