extension UnsafeBufferPointer {
  /// The address of the first element.
  ///
  /// - Precondition: the buffer is not empty. Every buffer the engine opens holds at least
  ///   one element (a network has at least one weight and bias; feature columns and
  ///   scratch rows are padded), so this only traps on a programming error.
  @inline(__always) var base: UnsafePointer<Element> {
    guard let address = baseAddress else { preconditionFailure("empty engine buffer") }
    return address
  }
}

extension UnsafeMutableBufferPointer {
  /// The address of the first element.
  ///
  /// - Precondition: the buffer is not empty (see `UnsafeBufferPointer.base`).
  @inline(__always) var base: UnsafeMutablePointer<Element> {
    guard let address = baseAddress else { preconditionFailure("empty engine buffer") }
    return address
  }
}
