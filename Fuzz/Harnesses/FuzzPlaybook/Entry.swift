import FuzzDriver

// The debug-build entry point: see FuzzDriver.
@_cdecl("FuzzPlaybook_main")
func fuzzerEntry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzzPlaybook(data, size) }
}
