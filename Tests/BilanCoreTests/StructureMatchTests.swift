import Foundation
import Testing

@testable import BilanCore

/// Pages recognised by their structure, whatever article, elision, case, accent, punctuation, form of
/// the skill's name or typo their author used.
@Suite struct StructureMatchTests {
  static let sets = PromptLibrary.shippedIDs.compactMap { try? PromptLibrary.shipped($0) }

  func match(_ headings: [String]) -> (StructureMatch?, NearMatch?) {
    StructureMatcher.match(headings: headings, sets: Self.sets)
  }

  @Test func every_french_article_and_elision_is_the_vision_set() throws {
    let rest = ["Contexte d'utilisation", "Regard critique", "Conclusion"]
    let forms = [
      ("Ma vision de Python", "python"), ("Ma Vision du Python", "python"), ("Ma vision de la gestion", "gestion"),
      ("Ma vision de l'autonomie", "autonomie"), ("Ma vision de l’Autonomie", "autonomie"),
      ("MA VISION DES TECHNOLOGIES QLIK", "technologies qlik"), ("Ma vision d'Excel", "excel"),
      ("Ma vision du HTML et CSS", "html et css"), ("**Ma vision** du SQL :", "sql"),
      ("Ma vision de <b>l'autonomie</b>", "autonomie"),
    ]
    for (first, skill) in forms {
      let (found, near) = match([first] + rest)
      let set = try #require(found, "\(first)")
      #expect(set.set.id == "vision" && set.language == .fr, "\(first)")
      #expect(set.keys == ["vision", "context", "critique", "conclusion"], "\(first)")
      #expect(set.skillInHeadings == skill, "\(first)")
      #expect(near == nil)
    }
  }

  @Test func typos_case_accents_and_punctuation_do_not_hide_a_heading() throws {
    let pages = [
      ["Ma vision de SQL", "Contexte d’utilisation", "Regard critque", "Conclusion."],
      ["ma visoin du SQL", "CONTEXTE D'UTILISATION", "Regard Critique :", "Conclusions"],
      ["Ma vision de SQL", "Contexte dutilisation", "Regards critiques", "Conclusion"],
    ]
    for page in pages { #expect(match(page).0?.set.id == "vision", "\(page)") }
    // Too far from the heading: not a typo any more.
    #expect(match(["Ma vision de SQL", "Mes projets", "Regard critique", "Conclusion"]).0 == nil)
  }

  @Test func english_headings_are_the_english_set() throws {
    let found = try #require(match(["My view of teamwork", "Where it matters", "A critical view", "Conclusion"]).0)
    #expect(found.set.id == "vision" && found.language == .en && found.skillInHeadings == "teamwork")
  }

  @Test func the_rubric_set_is_recognised_with_or_without_its_generated_section() throws {
    let headings = ["Ma définition", "Mes éléments de preuve", "Mon autocritique", "Mon évolution"]
    for page in [
      headings, headings + ["Réalisations associées"],
      ["Ma Définition", "Mes Éléments de Preuves"] + headings.suffix(2),
    ] {
      let found = try #require(match(page).0, "\(page)")
      #expect(found.set.id == "portfolio", "\(page)")
      #expect(Array(found.keys.prefix(4)) == ["definition", "proofs", "rating", "target"])
    }
    let english = try #require(
      match(["My definition", "Evidence", "Self-assessment", "Next steps", "Related projects"]).0)
    #expect(english.set.id == "portfolio" && english.language == .en)
  }

  @Test func a_page_that_is_almost_a_set_says_which_heading_kept_it_out() throws {
    let (found, near) = match(["Ma vision de l'anglais", "Mes projets", "Regard critique", "Conclusion"])
    #expect(found == nil)
    let miss = try #require(near)
    #expect(miss.setID == "vision" && miss.matched == 3 && miss.expected == 4)
    #expect(miss.strays.map(\.section) == [1] && miss.strays.first?.instead == "Contexte d'utilisation")
    #expect(miss.missing == ["Contexte d'utilisation"])
    // Out of order: the set's order is its structure.
    #expect(match(["Conclusion", "Regard critique", "Contexte d'utilisation", "Ma vision de SQL"]).0 == nil)
    // A heading of the author's own between the set's: almost, not the set.
    let extra = match(["Ma vision de SQL", "Contexte d'utilisation", "Un aparté", "Regard critique", "Conclusion"])
    #expect(extra.0 == nil && extra.1?.strays.map(\.heading) == ["Un aparté"])
    // One heading in common is no set at all.
    let free = match(["Introduction", "Conclusion"])
    #expect(free.0 == nil && free.1 == nil)
  }

  @Test func names_match_in_any_form_the_catalogue_knows() {
    #expect(HeadingText.looseKey("Gestion de Projets") == HeadingText.looseKey("Gestion de projet"))
    #expect(HeadingText.looseKey("Les Réseaux informatiques") == HeadingText.looseKey("réseau informatique"))
    #expect(HeadingText.looseKey("HTML5/CSS3") == HeadingText.looseKey("HTML5 - CSS3"))
    #expect(HeadingText.looseKey("Python") != HeadingText.looseKey("Pythons avancés"))
    #expect(SkillCategoryTags.category(of: ["BACKLINKS SEO", "TECHNIQUE", "TRANSVERSE"]) == .technical)
    #expect(SkillCategoryTags.category(of: ["Soft skills"]) == .human)
    #expect(SkillCategoryTags.category(of: ["Compétences transverses"]) == .human)
    #expect(SkillCategoryTags.category(of: ["CITI"]) == nil)
  }

  @Test func labels_are_read_as_people_write_them() {
    for line in [
      "**Actualité :** le texte", "**Actualité** : le texte", "__Actualité__: le texte", "**Actualité:** le texte",
    ] {
      let label = HeadingText.leadingLabel(line)
      #expect(label?.words == ["actualite"], "\(line)")
      #expect(label?.rest == "le texte", "\(line)")
    }
    // A bold word opening a sentence is no label.
    #expect(HeadingText.leadingLabel("**Attention** il faut relire") == nil)
  }

  @Test func marks_that_tell_names_apart_are_kept() {
    #expect(HeadingText.words("Ma vision du C#") == ["ma", "vision", "c#"])
    #expect(HeadingText.looseKey("C++") != HeadingText.looseKey("C#"))
    #expect(HeadingText.looseKey("C++") != HeadingText.looseKey("C"))
    #expect(HeadingText.looseKey(".NET") == ".net" && HeadingText.looseKey("Node.js") == "node.js")
    #expect(HeadingText.looseKey("Transition 4.0") == "transition 4.0")
    #expect(HeadingText.words("Conclusion.") == ["conclusion"])
    #expect(HeadingText.looseKey("Sass") != HeadingText.looseKey("SAS"))
    #expect(HeadingText.looseKey("Data analysis") == "data analysis")
    #expect(HeadingText.looseKey("The").isEmpty)
  }

  @Test func a_title_line_above_the_sections_is_not_a_section() throws {
    let text = "---\ntitle: x\n---\n# SQL\n\n## Ma vision de SQL\n\na\n\n## Contexte d'utilisation\n\nb\n"
    let document = try MarkdownDocument.parse(Data(text.utf8))
    #expect(document.intro == "# SQL\n\n")
    #expect(document.sections.map(\.title) == ["Ma vision de SQL", "Contexte d'utilisation"])
    #expect(document.text == text)
    // A page of one H1 and nothing below keeps it as its one section.
    let alone = try MarkdownDocument.parse(Data("# Only\n\ntext\n".utf8))
    #expect(alone.sections.map(\.title) == ["Only"])
  }
}
