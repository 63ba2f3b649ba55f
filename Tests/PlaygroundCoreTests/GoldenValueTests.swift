import PlaygroundCore
import Testing

/// The first outputs of the seeded generator and of every data generator, pinned bit for
/// bit (hex literals are exact), so an accidental change to generation (a reordered draw,
/// a changed constant, another formula or libm) shows here by name instead of as lesson
/// results that drift.
///
/// If a change is meant, re-pin the values and say so in the commit.
@Suite struct GoldenValueTests {
  struct GeneratorCase: Sendable, CustomTestStringConvertible {
    var seed: UInt64
    /// nil: `SeededGenerator(seed:)` itself.
    var stream: SeededGenerator.Stream?
    var first: [UInt64]
    var testDescription: String { "seed \(seed), stream \(stream.map { "\($0)" } ?? "none")" }
  }

  static let generatorCases = [
    // Seed 0 without a stream is plain SplitMix64: these four are the reference
    // implementation's (Vigna's splitmix64.c) first outputs, not just ours.
    GeneratorCase(
      seed: 0, stream: nil,
      first: [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC,
      ]),
    GeneratorCase(
      seed: 0, stream: .data,
      first: [
        0x43D5_32A4_4029_DB3D, 0x8FB1_79F3_3475_DC75, 0x7609_CF34_2A9E_555C, 0x49D5_8933_20D7_254E,
      ]),
    GeneratorCase(
      seed: 0, stream: .weights,
      first: [
        0xBFCD_D24C_86BE_0203, 0xB39F_8261_9D13_2CFB, 0x56B6_4D02_A275_3FDD, 0x8F40_E61B_53D9_C70E,
      ]),
    GeneratorCase(
      seed: 0, stream: .shuffle,
      first: [
        0x9FDD_32D3_D125_1639, 0x6DD3_FC7E_D1EB_E5BE, 0xB553_F356_945C_6478, 0x5DB6_048D_8B83_9B05,
      ]),
    GeneratorCase(
      seed: 42, stream: nil,
      first: [
        0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394,
      ]),
    GeneratorCase(
      seed: 42, stream: .data,
      first: [
        0x0FE0_B63F_D344_CF17, 0x5DD2_8FFD_6135_95A0, 0xFD34_2459_78C7_501B, 0x921A_E61C_E33F_579A,
      ]),
    GeneratorCase(
      seed: 42, stream: .weights,
      first: [
        0xE33F_04C4_004E_5162, 0x698A_B2D8_EA90_4BC8, 0x55F0_0EFF_D57F_6F5B, 0xEB5B_3CDA_C0A3_A350,
      ]),
    GeneratorCase(
      seed: 42, stream: .shuffle,
      first: [
        0x4B2A_1664_73E6_B997, 0x0125_D1F9_82FD_8D0D, 0x39CC_9D1D_B096_6ADE, 0x27A6_0D64_95BB_2828,
      ]),
  ]

  @Test(arguments: generatorCases)
  func seededGeneratorStartsAsPinned(_ c: GeneratorCase) {
    var rng =
      c.stream.map { SeededGenerator(seed: c.seed, stream: $0) } ?? SeededGenerator(seed: c.seed)
    let got = (0..<c.first.count).map { _ in rng.next() }
    #expect(got == c.first, "got \(got.map { "0x" + String($0, radix: 16, uppercase: true) })")
  }

  struct DatasetCase: Sendable, CustomTestStringConvertible {
    var kind: DatasetKind
    var seed: UInt64 = 7
    var noise: Double = 25
    var first: [DataPoint]
    var testDescription: String { "\(kind), seed \(seed) (data stream), noise \(noise)" }
  }

  static let datasetCases = [
    DatasetCase(
      kind: .circle,
      first: [
        DataPoint(x: -0x1.df5b1fd4fdd12p-1, y: 0x1.06159d370bad4p+1, label: -1),
        DataPoint(x: -0x1.5a5fa32c9f918p+0, y: 0x1.0e9336d0652dep-2, label: -1),
        DataPoint(x: 0x1.914ef8271d631p-2, y: -0x1.1518773b50fa5p-1, label: 1),
      ]),
    DatasetCase(
      kind: .xor,
      first: [
        DataPoint(x: 0x1.139110a34a411p+2, y: 0x1.2784061d4e99bp+2, label: 1),
        DataPoint(x: 0x1.a0ef692e62d6ap-1, y: 0x1.8db09e8083596p+1, label: -1),
        DataPoint(x: -0x1.50486f4534d6fp+1, y: -0x1.4c282a693b735p+0, label: 1),
      ]),
    DatasetCase(
      kind: .gauss,
      first: [
        DataPoint(x: 0x1.06dfe5831259ap-1, y: 0x1.33d4675d316cbp+1, label: 1),
        DataPoint(x: -0x1.191f35d817c8p-2, y: -0x1.6263eb3366414p+0, label: 1),
        DataPoint(x: 0x1.66f2a57e6741bp+0, y: 0x1.1521399e53de3p+0, label: 1),
      ]),
    DatasetCase(
      kind: .spiral,
      first: [
        DataPoint(x: 0x1.9a2fc8b358164p-3, y: 0x1.ba1aeb102bd72p-3, label: 1),
        DataPoint(x: -0x1.83ed052915fdfp-3, y: -0x1.114938bd1b429p-6, label: 1),
        DataPoint(x: 0x1.dee915174604bp-6, y: 0x1.710902dfae012p-3, label: 1),
      ]),
    DatasetCase(
      kind: .moons,
      first: [
        DataPoint(x: -0x1.b8522ba98d518p+2, y: 0x1.19b04a9c70591p-2, label: 1),
        DataPoint(x: -0x1.e521ce9af62b9p+0, y: 0x1.4d8e94b4196dep+1, label: 1),
        DataPoint(x: 0x1.4296f64b7b00ap+0, y: 0x1.5fa246b47d392p-1, label: 1),
      ]),
    DatasetCase(
      kind: .plane,
      first: [
        DataPoint(x: 0x1.33a3d6868210cp+2, y: 0x1.4b94304c20e16p+2, label: 0x1.b9a76586814e5p-1),
        DataPoint(x: 0x1.3c0092b28b16p-1, y: 0x1.af25dcec22bdp+1, label: 0x1.959f63d82e1c5p-2),
        DataPoint(x: -0x1.6575a43e9153ep+1, y: -0x1.326da38884c8p+0, label: -0x1.c37d1cad5a8ebp-2),
      ]),
    DatasetCase(
      kind: .multiGauss,
      first: [
        DataPoint(x: 0x1.33a3d6868210cp+2, y: 0x1.4b94304c20e16p+2, label: 0),
        DataPoint(x: 0x1.3c0092b28b16p-1, y: 0x1.af25dcec22bdp+1, label: 0),
        DataPoint(x: -0x1.6575a43e9153ep+1, y: -0x1.326da38884c8p+0, label: -0x1.e87f14aeb3d4p-3),
      ]),
    // Two arms of the pinwheel (a file asks for 3...6 classes; a session may have 2).
    DatasetCase(
      kind: .pinwheel,
      first: [
        DataPoint(x: 0x1.e74222cef5542p-1, y: 0x1.48144905f247bp+2, label: 1),
        DataPoint(x: 0x1.6cf03648b336ep+0, y: 0x1.12127522a23f4p+2, label: 1),
        DataPoint(x: 0x1.9857a561b0bep+0, y: 0x1.b203b44e71ec3p+0, label: 1),
      ]),
  ]

  @Test func everyDatasetKindIsPinned() {
    #expect(Set(Self.datasetCases.map(\.kind)) == Set(DatasetKind.allCases))
  }

  @Test(arguments: datasetCases)
  func datasetStartsAsPinned(_ c: DatasetCase) {
    var rng = SeededGenerator(seed: c.seed, stream: .data)
    let points = c.kind.generate(noise: c.noise, using: &rng)
    #expect(points.count == c.kind.pointCount)
    #expect(Array(points.prefix(c.first.count)) == c.first)
  }
}
