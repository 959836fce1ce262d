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
        throw BilanError(context.say(SkillMessage.noSkill(typed)))
      }
      if context.interactive {
        let question = context.say(SkillMessage.notInCatalogue(typed))
        guard try context.confirm(question, yes: false) else {
          throw BilanError(context.say(SkillMessage.nothingAdded))
        }
      } else {
        context.warn(context.say(SkillMessage.newSkill(typed)))
      }
      return try journal.addSkill(name: typed, category: nil, now: context.now.date)
    }
  }

  static func ambiguity(_ typed: String, _ skills: [Skill], _ context: Context) -> String {
    context.say(SkillMessage.ambiguous(typed, skills.map { $0.name(in: context.language) }))
  }

  static func categoryName(_ category: Skill.Category?, _ context: Context) -> String {
    context.say(SkillMessage.category(category))
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
