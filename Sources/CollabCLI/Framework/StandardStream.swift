import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing to the process's standard output and standard error with POSIX `write(2)`, so
/// that a failed write is an exit status and a sentence, never a trap.
///
/// `FileHandle.write(_:)` traps (SIGILL, exit 132) when the write fails. Here:
/// - a **closed pipe** (`EPIPE`: `collab … | head -1`) ends the run quietly with status 1,
///   as `head` expects of the program before it;
/// - any **other failure** (`ENOSPC` on a full disk, `EIO`, …) of standard output prints one
///   line on standard error (`Error: cannot write to standard output: No space left on
///   device`) and exits with status 1; a failure of standard error itself exits with
///   status 1 without a message (there is nowhere left to say it).
///
/// Interrupted and short writes are retried.
enum StandardStream {
    /// Writes all of `text` to descriptor `fd` (1 or 2), or ends the process as above.
    static func write(_ text: String, to fd: Int32) {
        var text = text
        let failure: Int32? = text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        guard let failure else { return }
        if failure != EPIPE && fd == 1 {
            let line = "Error: cannot write to standard output: \(String(cString: strerror(failure)))\n"
            _ = line.withCString { Glibc.write(2, $0, strlen($0)) }
        }
        exit(1)
    }
}
