import FuzzDriver

// The debug-build entry point: see FuzzDriver.
@_cdecl("FuzzCSV_main")
func fuzzerEntry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzzCSV(data, size) }
}
