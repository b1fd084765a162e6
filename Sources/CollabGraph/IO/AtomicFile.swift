import Foundation

/// Writes files atomically: the bytes go to a temporary file in the same folder, which is
/// renamed over the destination only once complete. A failed run leaves no partial output.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "cannot write: folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try data.write(to: temporary)
            // rename(2) replaces an existing destination atomically. (Foundation's
            // replaceItemAt failed on Linux when the destination existed, and removed it.)
            guard rename(temporary.path, url.path) == 0 else {
                throw InputError(file: path, "cannot write: \(String(cString: strerror(errno)))")
            }
        } catch let error as InputError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(file: path, "cannot write: \(error.localizedDescription)")
        }
    }
}
