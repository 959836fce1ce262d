import Testing

@testable import BilanCore

/// The answer protocol of every kind, through the state machine alone.
@Suite struct QuestionKindTests {
  let portfolio = try! PromptLibrary.shipped("portfolio")!

  static func set(_ yaml: String) -> PromptSet {
    try! PromptSet.parse(yaml: "id: t\ntitle: {fr: T, en: T}\nquestions:\n" + yaml, file: "t.yaml")
  }

  /// Two anecdotes at most, one at least; each asks a title and a result.
  static let stories = set(
    """
      - id: proofs
        kind: anecdotes
        heading: {fr: Preuves, en: Evidence}
        min: 1
        max: 2
        question: {fr: Racontez, en: Tell}
        questions:
          - {id: title, kind: line, question: {fr: Titre, en: Title}}
          - {id: result, kind: text, label: {fr: Résultat, en: Result}, required: true, question: {fr: R, en: R}}
      - {id: end, kind: line, label: {fr: Fin, en: End}, question: {fr: F, en: E}}
    """)

  @Test func a_list_takes_one_item_a_line_until_a_dot_and_drops_typed_bullets() {
    let set = Self.set("  - {id: l, kind: list, label: {fr: L, en: L}, question: {fr: q, en: q}}\n")
    var interview = Interview(questions: set.questions)
    let reactions = ["- MOOC SQL", "", "* Book", "  Course  ", "."].map { interview.receive($0) }
    #expect(reactions == [.kept, .kept, .kept, .kept, .moved])
    #expect(interview.answers["l"] == "MOOC SQL\nBook\nCourse")
    #expect(interview.isFinished)
  }

  @Test func the_anecdote_loop_stops_at_its_minimum_when_the_answer_is_no() {
    var interview = Interview(questions: Self.stories.questions)
    #expect(interview.currentSlot?.key == "proofs.1.title")
    _ = ["Backups", "Nothing lost.", "."].map { interview.receive($0) }
    #expect(interview.currentSlot?.asksForAnother == true)
    #expect(interview.receive("maybe") == .refused(.notYesOrNo("maybe")))
    #expect(interview.receive("") == .moved)  // an empty reply is no
    #expect(interview.current?.id == "end")
    #expect(interview.anecdoteCount(Self.stories.questions[0]) == 1)
    #expect(interview.answers["proofs.1.title"] == "Backups")
    #expect(interview.answers["proofs.1.result"] == "Nothing lost.")
  }

  @Test func the_anecdote_loop_stops_by_itself_at_its_maximum() {
    var interview = Interview(questions: Self.stories.questions)
    _ = ["One", "R1", ".", "oui", "Two", "R2", "."].map { interview.receive($0) }
    // The maximum is reached: no "Another?" is asked.
    #expect(interview.current?.id == "end")
    #expect(interview.answers["proofs"] == "2")
    #expect(interview.answers["proofs.2.result"] == "R2")
    // Back from the next question lands on the last anecdote's last question.
    #expect(interview.receive(":back") == .moved)
    #expect(interview.currentSlot?.key == "proofs.2.result")
    #expect(interview.previousAnswer == "R2")
  }

  @Test func back_from_a_new_empty_anecdote_undoes_the_yes() {
    var interview = Interview(questions: Self.stories.questions)
    _ = ["One", "R1", ".", "y"].map { interview.receive($0) }
    #expect(interview.currentSlot?.key == "proofs.2.title")
    #expect(interview.receive(":back") == .moved)
    #expect(interview.currentSlot?.asksForAnother == true)
    #expect(interview.answers["proofs"] == nil)
    #expect(interview.receive("n") == .moved)
    #expect(interview.current?.id == "end")
  }

  @Test func a_target_takes_a_level_then_a_date_and_refuses_bad_ones() {
    let set = Self.set("  - {id: t, kind: target, label: {fr: O, en: T}, question: {fr: q, en: q}}\n")
    var interview = Interview(questions: set.questions)
    #expect(interview.receive("6") == .refused(.notALevel("6")))
    #expect(interview.receive("4") == .kept)
    #expect(interview.receive("juin") == .refused(.notADate("juin")))
    #expect(interview.receive("2027-02-30") == .refused(.notADate("2027-02-30")))
    #expect(interview.receive(":back") == .moved)  // back to the level
    #expect(interview.pending.isEmpty)
    _ = interview.receive("5")
    #expect(interview.receive("2027-06") == .moved)
    #expect(interview.answers["t"] == "5\n2027-06")
  }

  @Test func a_target_due_before_today_is_refused() {
    let set = Self.set("  - {id: t, kind: target, label: {fr: O, en: T}, question: {fr: q, en: q}}\n")
    var interview = Interview(questions: set.questions, today: "2026-11-28")
    _ = interview.receive("4")
    #expect(interview.receive("2026-10") == .refused(.dateInPast("2026-10")))
    #expect(interview.receive("2025") == .refused(.dateInPast("2025")))
    #expect(interview.receive("2026-11") == .moved)  // this month still lies ahead
  }

  @Test func a_lone_dot_ends_a_one_line_answer_with_nothing() {
    let set = Self.set(
      "  - {id: a, kind: line, label: {fr: A, en: A}, question: {fr: q, en: q}}\n  - {id: b, kind: line, label: {fr: B, en: B}, question: {fr: q, en: q}}\n"
    )
    var interview = Interview(questions: set.questions)
    #expect(interview.receive(".") == .moved)
    #expect(interview.answers["a"] == nil)
    #expect(interview.receive("..") == .moved)
    #expect(interview.answers["b"] == ".")
  }

  @Test(arguments: ["2027", "2027-06", "2028-02-29"]) func target_dates_read_as_iso_8601(_ date: String) {
    #expect(TargetDate.parse(date) == date)
  }

  @Test(arguments: ["27", "2027-6", "2027-13", "2027-02-29", "next year", "２０２７"])
  func other_dates_are_refused(_ date: String) {
    #expect(TargetDate.parse(date) == nil)
  }

  @Test func links_and_one_line_kinds_take_what_is_typed() {
    let set = Self.set(
      """
        - {id: ls, kind: links, label: {fr: L, en: L}, question: {fr: q, en: q}}
        - {id: one, kind: link, label: {fr: P, en: P}, question: {fr: q, en: q}}
        - {id: sk, kind: skills, heading: {fr: C, en: S}, question: {fr: q, en: q}}
      """)
    var interview = Interview(questions: set.questions)
    _ = ["Citi ../../projets/citi", "- https://example.org", ".", "[Dashboard](/p/dash)", "SQL, Python"].map {
      interview.receive($0)
    }
    #expect(interview.answers["ls"] == "Citi ../../projets/citi\nhttps://example.org")
    #expect(interview.answers["one"] == "[Dashboard](/p/dash)")
    #expect(interview.answers["sk"] == "SQL, Python")
    #expect(interview.isFinished)
  }

  @Test func edit_is_offered_for_lists_too_and_cleans_their_bullets() {
    let set = Self.set("  - {id: l, kind: list, label: {fr: L, en: L}, question: {fr: q, en: q}}\n")
    var interview = Interview(questions: set.questions)
    #expect(interview.receive(":edit") == .edit)
    #expect(interview.commitEdited("- a\n\n- b\n") == .moved)
    #expect(interview.answers["l"] == "a\nb")
  }

  @Test func links_read_in_every_form_a_user_types() {
    #expect(Link("Transitions 4.0 ../../projets/citi") == Link(name: "Transitions 4.0", address: "../../projets/citi"))
    #expect(Link("[Citi](https://x.org/a b)")?.address == "https://x.org/a b")
    #expect(Link("https://example.org")?.markdown == "<https://example.org>")
    #expect(Link("Dashboard")?.markdown == "Dashboard")
    for typed in ["Citi ../../p/citi", "https://e.org", "Dashboard", "/p/x"] {
      let link = Link(typed)!
      #expect(Link.fromMarkdown(link.markdown) == link, "\(typed)")
    }
  }

  @Test func the_portfolio_set_encodes_the_rubric_in_its_order() {
    let headings = portfolio.questions.compactMap { $0.heading?.fr }
    #expect(
      headings == [
        "Ma définition", "Mes éléments de preuve", "Mon autocritique", "Mon évolution", "Réalisations associées",
      ])
    let proofs = portfolio.question("proofs")!
    #expect(proofs.kind == .anecdotes && proofs.min == 1 && proofs.max == 3)
    #expect(proofs.parts.map(\.id) == ["title", "situation", "task", "action", "result", "value", "project"])
    #expect(proofs.parts.first { $0.id == "project" }?.kind == .link)
    #expect(
      portfolio.questions.map(\.kind).filter { [.rating, .evidence, .target, .generated].contains($0) }.count == 4)
  }
}
