import BilanCore
import Testing

/// The overview's radar with a framework's expected levels: a dotted outline of its own, in the legend.
@Suite struct RadarTests {
  static func items(expected: [Int?]) -> [Diagrams.Item] {
    ["SQL", "Python", "Rigueur", "Écoute"].enumerated().map { index, name in
      Diagrams.Item(name: name, level: 2 + index % 2, target: nil, expected: expected[index])
    }
  }

  static func expectedPolygons(_ svg: String) -> [String] {
    svg.matches(of: /<polygon class="expected"[^>]* points="([^"]*)"\/>/).map { String($0.1) }
  }

  @Test func the_expected_levels_are_a_second_outline_with_a_legend() {
    let svg = Diagrams.radar(
      Self.items(expected: [4, 4, 4, 4]), title: "T", description: "D", language: .fr, stage: "2e année")
    // Four axes from the centre (470, 370), 180 for level 5: level 4 is 144 from the centre on each.
    #expect(Self.expectedPolygons(svg) == ["470.0,226.0 614.0,370.0 470.0,514.0 326.0,370.0"])
    #expect(svg.contains("stroke-dasharray=\"2 5\""))
    #expect(svg.contains(">Attendu : 2e année</text>"))
    let english = Diagrams.radar(
      Self.items(expected: [5, nil, 3, 1]), title: "T", description: "D", language: .en, stage: "Year 2")
    // A skill the framework says nothing of is left out of the outline, not drawn at zero.
    #expect(Self.expectedPolygons(english) == ["470.0,190.0 470.0,478.0 434.0,370.0"])
    #expect(english.contains(">Expected: Year 2</text>"))
  }

  @Test func without_a_framework_there_is_no_second_outline() {
    let svg = Diagrams.radar(Self.items(expected: [nil, nil, nil, nil]), title: "T", description: "D", language: .fr)
    #expect(Self.expectedPolygons(svg).isEmpty)
    #expect(!svg.contains("class=\"expected\"") && !svg.contains("Attendu"))
    // The rated levels are still drawn.
    #expect(svg.contains("<polygon fill=\"#0b6b66\""))
  }
}
