// The one file in PlaygroundCore that imports libm (DESIGN.md §1).
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

/// libm entry points the engine uses, behind one namespace so the rest of Core stays
/// platform-free.
enum LibM {
  @inline(__always) static func tanh(_ x: Double) -> Double { systemTanh(x) }
  @inline(__always) static func exp(_ x: Double) -> Double { systemExp(x) }
  @inline(__always) static func log(_ x: Double) -> Double { systemLog(x) }
  @inline(__always) static func sin(_ x: Double) -> Double { systemSin(x) }
  @inline(__always) static func cos(_ x: Double) -> Double { systemCos(x) }
  @inline(__always) static func sqrt(_ x: Double) -> Double { x.squareRoot() }
}

@inline(__always) private func systemTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func systemExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func systemLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func systemSin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func systemCos(_ x: Double) -> Double { cos(x) }
