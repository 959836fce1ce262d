import ArgumentParser
import BilanCore
import Foundation

/// Turning a typed name into a skill of the catalogue, the same way for every command.
enum SkillCommands {
  /// The skill a name means. An unknown name is added, uncategorised: after a confirmation on a terminal,
  /// with a note on stderr in a script. An ambiguous prefix lists the candidates and stops.
  static func resolve(_ typed: String, _ context: Context, _ journal: Journal, adding: Bool = true) throws -> Skill {
    switch try journal.matchSkill(typed) {
    case .found(let skill):
      return skill
    case .ambiguous(let skills):
      throw BilanError(ambiguity(typed, skills, context))
    case .none:
      guard adding else {
        throw BilanError(
          context.say(
            "Aucune compétence « \(typed) » (voir « skills »).", "No skill '\(typed)' (see 'skills')."))
      }
      if context.interactive {
        let question = context.say(
          "« \(typed) » n'est pas dans le catalogue. L'ajouter ?", "'\(typed)' is not in the catalogue. Add it?")
        guard try context.confirm(question, yes: false) else {
          throw BilanError(context.say("Rien n'a été ajouté.", "Nothing was added."))
        }
      } else {
        context.warn(
          context.say(
            "bilan: nouvelle compétence « \(typed) » ajoutée au catalogue, sans catégorie (« skills category » la range).",
            "bilan: new skill '\(typed)' added to the catalogue, with no category yet ('skills category' sets it)."))
      }
      return try journal.addSkill(name: typed, category: nil, now: context.now.date)
    }
  }

  static func ambiguity(_ typed: String, _ skills: [Skill], _ context: Context) -> String {
    let names = skills.map { "  " + $0.name(in: context.language) }.joined(separator: "\n")
    return context.say(
      "« \(typed) » désigne plusieurs compétences ; précisez :\n\(names)",
      "'\(typed)' matches several skills; say which:\n\(names)")
  }

  static func categoryName(_ category: Skill.Category?, _ context: Context) -> String {
    switch category {
    case .human: context.say("humaine", "human")
    case .technical: context.say("technique", "technical")
    case nil: context.say("sans catégorie", "uncategorised")
    }
  }
}

extension Skill.Category: ExpressibleByArgument {
  /// `human` or `technical`, or their French names as `skills` shows them.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "human", "humaine": self = .human
    case "technical", "technique": self = .technical
    default: return nil
    }
  }

  public static var allValueStrings: [String] { ["human", "technical"] }
}
