extension Scenario {
  /// `classes`: an integer 2...6, for classification only.
  static func readClasses(
    _ v: JSONValue, problem: Problem?, with r: inout ScenarioReader
  ) -> Int? {
    guard let k = r.integer(v, at: "classes", in: Limits.classes) else { return nil }
    if problem == .regression && k != 2 {
      r.invalid("classes", "\(k) classes need problem 'classification'; leave 'classes' out")
      return nil
    }
    return k
  }

  /// `dataFile`: a non-empty path; the file may not also hold `data`, `dataset` or
  /// `noise`, which it replaces.
  static func readDataFile(
    _ v: JSONValue, excluding root: [String: JSONValue], with r: inout ScenarioReader
  ) -> String? {
    for key in ["data", "dataset", "noise"] where root[key] != nil {
      r.invalid(key, "must be left out when 'dataFile' gives the points")
    }
    guard let path = r.string(v, at: "dataFile") else { return nil }
    guard !path.isEmpty else {
      r.invalid("dataFile", "expected a path to a CSV file, found an empty string")
      return nil
    }
    return path
  }
}

extension DatasetKind {
  /// Whether the generator can make `classes` classes: gauss and spiral make 2...6,
  /// pinwheel 3...6, the others 2.
  public func supports(classes: Int) -> Bool {
    classes <= 2 ? self != .pinwheel : DatasetKind.multiClass.contains(self)
  }

  /// The datasets with a form for 3...6 classes.
  public static let multiClass: [DatasetKind] = [.gauss, .spiral, .pinwheel]
}
