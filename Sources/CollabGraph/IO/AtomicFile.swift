import Foundation

/// Writes one output file so that it is either wholly the new content or untouched.
///
/// - A regular file (or a new path) is written to a hidden temporary beside it
///   (`.NAME.collab-tmp-PID`), flushed, and renamed over the destination: readers see the
///   old file or the new one, never a mix, and a failure (disk full included) leaves the
///   old file as it was. An existing file's permissions are kept.
/// - A symbolic link is followed: the file it points to is replaced, the link stays.
/// - A device, FIFO or socket (`/dev/stdout`, `/dev/null`, a named pipe) is written into
///   directly, never replaced. `-` means standard output.
/// - A folder is refused.
///
/// See ``TemporaryOutputs`` for what happens to temporaries on signals and killed runs.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws {
        try write(data, to: path, writeFile: { data, file, mode in try FileBytes.writeNew(data, to: file, mode: mode) })
    }

    /// The same, writing the temporary through `writeFile` (a seam for tests that inject a
    /// failure, as a full disk would).
    static func write(_ data: Data, to path: String, writeFile: (Data, String, mode_t) throws -> Void) throws {
        if path == "-" {
            try FileBytes.writeAll(data, to: STDOUT_FILENO, path: "standard output")
            return
        }
        let destination = try OutputPath.followingLinks(path)
        var status = stat()
        let exists = stat(destination, &status) == 0
        if exists {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw InputError(file: path, "cannot write: it is a folder, expected a file name")
            case S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK:
                try writeInto(data, special: destination, shownAs: path)
                return
            default: break
            }
        }
        let folder = (destination as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "cannot write: folder \(folder) does not exist")
        }
        TemporaryOutputs.removeStale(beside: destination)
        let temporary = TemporaryOutputs.path(for: destination, role: .temporary)
        TemporaryOutputs.shared.register(temporary)
        do {
            try? FileManager.default.removeItem(atPath: temporary)
            try writeFile(data, temporary, exists ? status.st_mode & 0o7777 : 0o666)
            if exists { chmod(temporary, status.st_mode & 0o7777) }
            // rename(2) replaces an existing destination atomically.
            guard rename(temporary, destination) == 0 else { throw FileBytes.failure(path) }
            TemporaryOutputs.shared.release(temporary, remove: false)
        } catch let error as InputError {
            TemporaryOutputs.shared.release(temporary, remove: true)
            throw InputError(file: path, error.message)
        }
    }

    /// Writes into a device, FIFO or socket as it is (no temporary, no rename).
    static func writeInto(_ data: Data, special: String, shownAs path: String) throws {
        let fd = open(special, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileBytes.failure(path) }
        defer { close(fd) }
        try FileBytes.writeAll(data, to: fd, path: path)
    }
}

/// Where an output path really leads.
enum OutputPath {
    /// `path` with symbolic links in its last component followed (to a missing file too,
    /// which is then created where the link points). At most 32 links.
    static func followingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0 ..< 32 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = target.hasPrefix("/") ? target : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        }
        throw InputError(file: path, "cannot write: too many levels of symbolic links")
    }
}
