import BilanCore
import Foundation
import Testing

@testable import BilanCommands

/// One word for one thing, in every message, every shipped question set and the skill catalogue.
@Suite struct GlossaryTests {
  /// Every text of a set, its anecdotes' questions included.
  static func texts(_ set: PromptSet) -> [LocalizedText] {
    func texts(_ question: PromptSet.Question) -> [LocalizedText] {
      [question.heading, question.label, question.question, question.hint, question.item].compactMap { $0 }
        + question.parts.flatMap(texts)
    }
    return [set.title] + [set.description].compactMap { $0 } + set.questions.flatMap(texts)
  }

  @Test func the_glossary_finds_a_synonym_and_passes_the_word_itself() {
    #expect(Glossary.misused(in: "Another anecdote? [y/N]", .en).map(\.use) == ["story"])
    #expect(Glossary.misused(in: "Another story? [y/N]", .en).isEmpty)
    #expect(Glossary.misused(in: "Racontez une histoire", .fr).map(\.use) == ["anecdote"])
    #expect(Glossary.misused(in: "Une anecdote de plus ?", .fr).isEmpty)
    // A word inside another is not that word.
    #expect(Glossary.misused(in: "a proofreader", .en).isEmpty)
  }

  @Test func every_message_uses_the_glossary_words() {
    for catalogue in Catalogues.all {
      for message in catalogue.samples {
        for language in Language.allCases {
          let text = message.text(language)
          for (found, use) in Glossary.misused(in: text, language) {
            Issue.record("\(message) in \(language): '\(found)' where the glossary says '\(use)': \(text)")
          }
        }
      }
    }
  }

  @Test(arguments: PromptLibrary.shippedIDs)
  func every_shipped_set_uses_the_glossary_words(_ id: String) throws {
    let set = try #require(try PromptLibrary.shipped(id))
    for text in Self.texts(set) {
      for language in Language.allCases {
        for (found, use) in Glossary.misused(in: text[language], language) {
          Issue.record("\(id).yaml in \(language): '\(found)' where the glossary says '\(use)': \(text[language])")
        }
      }
    }
  }

  /// The words a published site shows: the core's (`SiteWords`) and the theme's (`theme/i18n/*.yaml`).
  @Test(arguments: Language.allCases)
  func the_site_uses_the_glossary_words(_ language: Language) throws {
    var texts = SiteWords.samples.map { $0.text(language) }
    let yaml = try #require(SiteTheme.files(language)["i18n/\(language.rawValue).yaml"])
    for line in yaml.split(separator: "\n") where !line.hasPrefix("#") {
      // The value, not the key (`tags: "Étiquettes"`).
      if let colon = line.firstIndex(of: ":") { texts.append(String(line[line.index(after: colon)...])) }
    }
    #expect(texts.count > 50)
    for text in texts {
      for (found, use) in Glossary.misused(in: text, language) {
        Issue.record("the site in \(language): '\(found)' where the glossary says '\(use)': \(text)")
      }
    }
  }

  @Test func the_skill_catalogue_uses_the_glossary_words() {
    for skill in SkillCatalogue.shipped {
      for language in Language.allCases {
        for text in [skill.name[language], skill.definition[language]] {
          for (found, use) in Glossary.misused(in: text, language) {
            Issue.record("skills.yaml, \(skill.id) in \(language): '\(found)' where the glossary says '\(use)'")
          }
        }
      }
    }
  }

  /// What the rubric says of an essay (worded by the core) follows the glossary too.
  @Test(arguments: Language.allCases)
  func the_rubric_uses_the_glossary_words(_ language: Language) throws {
    let set = try #require(try PromptLibrary.shipped("portfolio"))
    let subject = Subject(skill: "Rigueur")
    // No story at all, then one that lacks its parts: every line the rubric can say about stories.
    let lines = [[:], ["proofs": "1", "proofs.1.title": "T"]].flatMap { answers in
      Rubric.check(
        set: set, answers: answers, level: nil, target: nil, language: language, subject: subject
      ).lines.map(\.text)
    }
    #expect(lines.count > 4)
    for line in lines {
      for (found, use) in Glossary.misused(in: line, language) {
        Issue.record("the rubric in \(language): '\(found)' where the glossary says '\(use)': \(line)")
      }
    }
  }
}
