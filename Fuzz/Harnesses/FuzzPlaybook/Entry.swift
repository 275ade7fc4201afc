// SwiftPM links a debug executable with `main` defined as `FuzzPlaybook_main` (so tests can import executables), which
// would hide libFuzzer's own `main`; this entry point hands control to libFuzzer's driver instead. In a release
// build nothing refers to it and libFuzzer's `main` runs directly.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzPlaybook_main")
func fuzzerEntry(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzPlaybook(data, size) }
}
