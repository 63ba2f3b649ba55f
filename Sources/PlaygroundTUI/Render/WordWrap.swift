extension String {
  /// The text broken into lines of at most `width` cells, at spaces.
  ///
  /// A word longer than a line is cut; existing line breaks are kept.
  func wrapped(width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        var word = Substring(word)
        if !line.isEmpty && line.count + 1 + word.count <= width {
          line += " " + word
          continue
        }
        if !line.isEmpty { lines.append(line) }
        while word.count > width {
          lines.append(String(word.prefix(width)))
          word = word.dropFirst(width)
        }
        line = String(word)
      }
      lines.append(line)
    }
    return lines
  }
}
