import Testing

@testable import BilanCore

@Suite struct InterviewTests {
  let set = try! PromptLibrary.shipped("vision")!

  func feed(_ interview: inout Interview, _ lines: [String]) -> [Interview.Reaction] {
    lines.map { interview.receive($0) }
  }

  @Test func vision_set_asks_seven_questions_in_the_model_essays_order() {
    #expect(
      set.questions.map(\.id) == ["vision", "context", "critique", "conclusion", "description", "tags", "rating"])
    #expect(set.questions.map(\.kind) == [.text, .text, .text, .text, .line, .tags, .rating])
  }

  @Test func text_answers_keep_paragraphs_leading_spaces_and_escaped_dots() {
    var interview = Interview(questions: set.questions)
    let reactions = feed(&interview, ["First.", "", "  indented", "..", "."])
    #expect(reactions == [.kept, .kept, .kept, .kept, .moved])
    #expect(interview.answers["vision"] == "First.\n\n  indented\n.")
    #expect(interview.step == 1)
  }

  @Test func commands_count_only_as_the_first_line_of_an_answer() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["Some text", ":skip", ":back", "."])
    #expect(interview.answers["vision"] == "Some text\n:skip\n:back")
  }

  @Test func back_shows_the_previous_answer_and_an_empty_reply_keeps_it() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["Mine.", "."])
    #expect(interview.receive(":back") == .moved)
    #expect(interview.step == 0)
    #expect(interview.previousAnswer == "Mine.")
    #expect(interview.receive(".") == .moved)
    #expect(interview.answers["vision"] == "Mine.")
    #expect(interview.step == 1)
  }

  @Test func back_then_a_new_answer_replaces_the_old_one() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["Old.", ".", ":back", "New.", "."])
    #expect(interview.answers["vision"] == "New.")
  }

  @Test func back_at_the_first_question_is_refused() {
    var interview = Interview(questions: set.questions)
    #expect(interview.receive(":back") == .refused(.alreadyFirst))
    #expect(interview.step == 0)
  }

  @Test func skip_leaves_the_answer_empty_even_when_revisiting() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["Text.", ".", ":back", ":skip"])
    #expect(interview.answers["vision"] == nil)
    #expect(interview.step == 1)
  }

  @Test func going_back_twice_keeps_both_answers_on_empty_replies() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["A.", ".", "B.", ".", ":back", ":back", "A2.", ".", "."])
    #expect(interview.answers["vision"] == "A2.")
    #expect(interview.answers["context"] == "B.")
    #expect(interview.step == 2)
  }

  @Test func edit_is_for_text_answers_and_an_empty_edit_keeps_the_answer() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["Kept.", ".", ":back"])
    #expect(interview.textToEdit == "Kept.")
    #expect(interview.commitEdited("") == .moved)
    #expect(interview.answers["vision"] == "Kept.")
    var rating = Interview(questions: set.questions, step: 6)
    #expect(rating.receive(":edit") == .refused(.editOnlyText))
  }

  @Test func hint_edit_and_quit_change_nothing() {
    var interview = Interview(questions: set.questions)
    #expect(interview.receive(":hint") == .hint)
    #expect(interview.receive(":edit") == .edit)
    #expect(interview.receive(":quit") == .quit)
    #expect(interview.step == 0 && interview.answers.isEmpty && interview.pending.isEmpty)
  }

  @Test func edited_text_becomes_the_answer() {
    var interview = Interview(questions: set.questions)
    _ = feed(&interview, ["draft line"])
    #expect(interview.commitEdited("From the editor.") == .moved)
    #expect(interview.answers["vision"] == "From the editor.")
  }

  @Test(arguments: ["7", "0", "three", "3.5", "", "-1"])
  func a_rating_outside_one_to_five_is_refused_and_asked_again(_ typed: String) {
    var interview = Interview(questions: set.questions, step: 6)
    #expect(interview.receive(typed) == .refused(.notALevel(typed)))
    #expect(interview.step == 6)
    #expect(interview.receive(" 3 ") == .moved)
    #expect(interview.answers["rating"] == "3")
    #expect(interview.isFinished)
  }

  @Test func a_level_of_four_or_a_jump_of_two_asks_for_evidence_right_after() {
    var four = Interview(questions: set.questions, step: 6)
    #expect(four.receive("4") == .moved)
    #expect(four.currentSlot?.key == Interview.ratingEvidenceKey)
    #expect(four.receive("") == .refused(.evidenceNeeded))
    #expect(four.receive(":skip") == .refused(.evidenceNeeded))
    #expect(four.receive("The dashboard I shipped alone") == .moved)
    #expect(four.answers[Interview.ratingEvidenceKey] == "The dashboard I shipped alone")
    #expect(four.isFinished)

    var jump = Interview(questions: set.questions, step: 6, previousLevel: 4)
    #expect(jump.receive("2") == .moved)
    #expect(jump.currentSlot?.key == Interview.ratingEvidenceKey)
    #expect(jump.receive(":back") == .moved)  // back to the level
    #expect(jump.receive("3") == .moved)
    #expect(jump.isFinished)  // one step from 4: no evidence asked

    #expect(Honesty.needsEvidence(level: 3, previous: nil) == false)
    #expect(Honesty.needsEvidence(level: 3, previous: 1))
    #expect(Honesty.needsEvidence(level: 5, previous: 5))
  }

  @Test func one_line_answers_end_with_enter() {
    var interview = Interview(questions: set.questions, step: 4)
    _ = feed(&interview, ["A description", "A, B"])
    #expect(interview.answers["description"] == "A description")
    #expect(interview.answers["tags"] == "A, B")
    #expect(interview.step == 6)
  }

  @Test func pasted_lines_are_literal_text() {
    var interview = Interview(questions: set.questions)
    #expect(interview.receive("pasted") == .kept)
    #expect(interview.receive(".", literal: true) == .kept)
    #expect(interview.receive(":quit", literal: true) == .kept)
    #expect(interview.receive(".") == .moved)
    #expect(interview.answers["vision"] == "pasted\n.\n:quit")
  }

  @Test func resume_continues_with_the_lines_already_typed() {
    var interview = Interview(
      questions: set.questions, step: 1, answers: ["vision": "V."], pending: ["typed before the kill"])
    _ = feed(&interview, ["and after", "."])
    #expect(interview.answers["context"] == "typed before the kill\nand after")
    #expect(interview.answers["vision"] == "V.")
  }
}
