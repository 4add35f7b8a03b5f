import DossierModel
import Testing

@Suite struct ByteCountTests {
    @Test(arguments: [(0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (4300, "4.2 KB"),
                      (73_400_364, "70 MB"), (67_108_864, "64 MB"), (1_610_612_736, "1.5 GB"), (150 * 1_048_576 + 400_000, "150 MB")])
    func sizesReadAsPeopleSayThem(bytes: Int, text: String) {
        #expect(ByteCount.human(bytes) == text)
    }
}
