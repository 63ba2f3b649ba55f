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
  @inline(__always) static func tanh(_ x: Double) -> Double { Glibc_tanh(x) }
  @inline(__always) static func exp(_ x: Double) -> Double { Glibc_exp(x) }
  @inline(__always) static func log(_ x: Double) -> Double { Glibc_log(x) }
  @inline(__always) static func sin(_ x: Double) -> Double { Glibc_sin(x) }
  @inline(__always) static func cos(_ x: Double) -> Double { Glibc_cos(x) }
  @inline(__always) static func sqrt(_ x: Double) -> Double { x.squareRoot() }
}

@inline(__always) private func Glibc_tanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func Glibc_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func Glibc_log(_ x: Double) -> Double { log(x) }
@inline(__always) private func Glibc_sin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func Glibc_cos(_ x: Double) -> Double { cos(x) }
