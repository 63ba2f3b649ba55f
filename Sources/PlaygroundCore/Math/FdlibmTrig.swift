/// Sine and cosine as fdlibm 5.3 computes them (and so V8's `Math.sin`/`Math.cos`, which
/// the original page's data generators call), written from fdlibm's published algorithm:
/// argument reduction by π/2 in two or three parts (Cody–Waite, medium-size arguments),
/// then the degree-13/14 kernel polynomials.
///
/// Only |x| ≤ 2^19·π/2 is reduced this way, which covers every angle the generators draw;
/// larger arguments use the platform's functions.
enum FdlibmTrig {
  static func sin(_ x: Double) -> Double {
    let ix = highWord(x) & 0x7fff_ffff
    if ix <= 0x3fe9_21fb { return kernelSin(x, 0, false) }
    guard ix <= 0x4139_21fb else { return LibM.sin(x) }
    let (n, y0, y1) = reduce(x)
    switch n & 3 {
    case 0: return kernelSin(y0, y1, true)
    case 1: return kernelCos(y0, y1)
    case 2: return -kernelSin(y0, y1, true)
    default: return -kernelCos(y0, y1)
    }
  }

  static func cos(_ x: Double) -> Double {
    let ix = highWord(x) & 0x7fff_ffff
    if ix <= 0x3fe9_21fb { return kernelCos(x, 0) }
    guard ix <= 0x4139_21fb else { return LibM.cos(x) }
    let (n, y0, y1) = reduce(x)
    switch n & 3 {
    case 0: return kernelCos(y0, y1)
    case 1: return -kernelSin(y0, y1, true)
    case 2: return -kernelCos(y0, y1)
    default: return kernelSin(y0, y1, true)
    }
  }

  private static func highWord(_ x: Double) -> UInt32 { UInt32(x.bitPattern >> 32) }

  private static func double(_ high: UInt32, _ low: UInt32) -> Double {
    Double(bitPattern: UInt64(high) << 32 | UInt64(low))
  }

  private static let invpio2 = double(0x3fe4_5f30, 0x6dc9_c883)
  private static let pio2Part1 = double(0x3ff9_21fb, 0x5440_0000)
  private static let pio2Tail1 = double(0x3dd0_b461, 0x1a62_6331)
  private static let pio2Part2 = double(0x3dd0_b461, 0x1a60_0000)
  private static let pio2Tail2 = double(0x3ba3_198a, 0x2e03_7073)
  private static let pio2Part3 = double(0x3ba3_198a, 0x2e00_0000)
  private static let pio2Tail3 = double(0x397b_839a, 0x2520_49c1)

  /// The high words of n·π/2 for n = 1...32 (fdlibm's `npio2_hw`).
  private static let npio2HighWords: [UInt32] = [
    0x3ff9_21fb, 0x4009_21fb, 0x4012_d97c, 0x4019_21fb, 0x401f_6a7a, 0x4022_d97c,
    0x4025_fdbb, 0x4029_21fb, 0x402c_463a, 0x402f_6a7a, 0x4031_475c, 0x4032_d97c,
    0x4034_6b9c, 0x4035_fdbb, 0x4037_8fdb, 0x4039_21fb, 0x403a_b41b, 0x403c_463a,
    0x403d_d85a, 0x403f_6a7a, 0x4040_7e4c, 0x4041_475c, 0x4042_106c, 0x4042_d97c,
    0x4043_a28c, 0x4044_6b9c, 0x4045_34ac, 0x4045_fdbb, 0x4046_c6cb, 0x4047_8fdb,
    0x4048_58eb, 0x4049_21fb,
  ]

  /// x = n·π/2 + (y0 + y1), for π/4 < |x| ≤ 2^19·π/2 (fdlibm's `__ieee754_rem_pio2`).
  private static func reduce(_ x: Double) -> (Int, Double, Double) {
    let hx = Int32(bitPattern: highWord(x))
    let ix = UInt32(bitPattern: hx) & 0x7fff_ffff
    if ix < 0x4002_d97c {
      // |x| < 3π/4: n = ±1.
      if hx > 0 {
        var z = x - pio2Part1
        if ix != 0x3ff9_21fb {
          let y0 = z - pio2Tail1
          return (1, y0, (z - y0) - pio2Tail1)
        }
        z -= pio2Part2
        let y0 = z - pio2Tail2
        return (1, y0, (z - y0) - pio2Tail2)
      } else {
        var z = x + pio2Part1
        if ix != 0x3ff9_21fb {
          let y0 = z + pio2Tail1
          return (-1, y0, (z - y0) + pio2Tail1)
        }
        z += pio2Part2
        let y0 = z + pio2Tail2
        return (-1, y0, (z - y0) + pio2Tail2)
      }
    }
    let t = abs(x)
    let n = Int(Int32(t * invpio2 + 0.5))
    let fn = Double(n)
    var r = t - fn * pio2Part1
    var w = fn * pio2Tail1
    var y0: Double
    if n < 32 && ix != npio2HighWords[n - 1] {
      y0 = r - w
    } else {
      let j = Int(ix >> 20)
      y0 = r - w
      var i = j - Int((highWord(y0) >> 20) & 0x7ff)
      if i > 16 {
        var t2 = r
        w = fn * pio2Part2
        r = t2 - w
        w = fn * pio2Tail2 - ((t2 - r) - w)
        y0 = r - w
        i = j - Int((highWord(y0) >> 20) & 0x7ff)
        if i > 49 {
          t2 = r
          w = fn * pio2Part3
          r = t2 - w
          w = fn * pio2Tail3 - ((t2 - r) - w)
          y0 = r - w
        }
      }
    }
    let y1 = (r - y0) - w
    return hx < 0 ? (-n, -y0, -y1) : (n, y0, y1)
  }

  private static let s1 = double(0xbfc5_5555, 0x5555_5549)
  private static let s2 = double(0x3f81_1111, 0x1110_f8a6)
  private static let s3 = double(0xbf2a_01a0, 0x19c1_61d5)
  private static let s4 = double(0x3ec7_1de3, 0x57b1_fe7d)
  private static let s5 = double(0xbe5a_e5e6, 0x8a2b_9ceb)
  private static let s6 = double(0x3de5_d93a, 0x5acf_d57c)

  /// sin(x + y) for |x| ≤ π/4, y the tail of x (`iy` says whether it is used).
  private static func kernelSin(_ x: Double, _ y: Double, _ iy: Bool) -> Double {
    let ix = highWord(x) & 0x7fff_ffff
    if ix < 0x3e40_0000 && Int(x) == 0 { return x }
    let z = x * x
    let v = z * x
    let r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)))
    if !iy { return x + v * (s1 + z * r) }
    return x - ((z * (0.5 * y - v * r) - y) - v * s1)
  }

  private static let c1 = double(0x3fa5_5555, 0x5555_554c)
  private static let c2 = double(0xbf56_c16c, 0x16c1_5177)
  private static let c3 = double(0x3efa_01a0, 0x19cb_1590)
  private static let c4 = double(0xbe92_7e4f, 0x809c_52ad)
  private static let c5 = double(0x3e21_ee9e, 0xbdb4_b1c4)
  private static let c6 = double(0xbda8_fae9, 0xbe88_38d4)

  /// cos(x + y) for |x| ≤ π/4.
  private static func kernelCos(_ x: Double, _ y: Double) -> Double {
    let ix = highWord(x) & 0x7fff_ffff
    if ix < 0x3e40_0000 && Int(x) == 0 { return 1 }
    let z = x * x
    let r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))))
    if ix < 0x3fd3_3333 { return 1 - (0.5 * z - (z * r - x * y)) }
    let qx = ix > 0x3fe9_0000 ? 0.28125 : double(ix - 0x0020_0000, 0)
    let hz = 0.5 * z - qx
    let a = 1 - qx
    return a - (hz - (z * r - x * y))
  }
}
