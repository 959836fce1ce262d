import Foundation
import Testing

@testable import BilanCore

/// The answer reader's lines: the same whatever the size of the chunks a pipe gives.
@Suite struct LineDecoderTests {
  func lines(_ bytes: [UInt8], chunk: Int) throws(LineDecoder.Refused) -> [String] {
    var decoder = LineDecoder()
    var lines: [String] = []
    var offset = 0
    while true {
      if let line = try decoder.next() {
        lines.append(line)
        continue
      }
      if offset == bytes.count { return lines }
      decoder.append(bytes[offset..<min(offset + chunk, bytes.count)])
      offset = min(offset + chunk, bytes.count)
      if offset == bytes.count { decoder.end() }
    }
  }

  @Test(arguments: [1, 2, 3, 64, 65536])
  func lines_end_at_lf_one_cr_before_it_dropped(_ chunk: Int) throws {
    let input = Array("First\r\n\nsecond \r\r\nlast, unterminated\r".utf8)
    #expect(try lines(input, chunk: chunk) == ["First", "", "second \r", "last, unterminated\r"])
    #expect(try lines([], chunk: chunk) == [])
    #expect(try lines(Array("\n".utf8), chunk: chunk) == [""])
  }

  @Test(arguments: [1, 5, 4096])
  func a_nul_or_a_bad_byte_is_refused_by_its_line(_ chunk: Int) {
    #expect(throws: LineDecoder.Refused(line: 2, reason: .nul)) {
      try lines(Array("ok\nN\0L\nnever read\n".utf8), chunk: chunk)
    }
    #expect(throws: LineDecoder.Refused(line: 3, reason: .notUTF8)) {
      try lines(Array("ok\n\n".utf8) + [0x62, 0xFF, 0x0A], chunk: chunk)
    }
  }

  @Test func stored_lines_are_cut_at_lf_even_after_a_cr() {
    // "\r\n" is one Character: `components(separatedBy: "\n")` leaves "\r\n*" whole.
    #expect("\r\n*".linesAtLF == ["\r", "*"])
    #expect("a\n\nb\n".linesAtLF == ["a", "", "b", ""])
    #expect("".linesAtLF == [""])
  }
}
