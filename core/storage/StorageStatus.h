// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace pf::core {

/// Why a storage operation failed; the GUI may react to the kind, and shows the message verbatim.
enum class StorageError {
    None,
    NotFound,
    NotAWorkspace,
    NewerVersion,
    Corrupt,
    Locked,
    NetworkShare,
    ReadOnlyLocation,
    ChangedElsewhere,
    Immutable,
    Invalid,
    Io,
    /// The user cancelled; nothing was changed.
    Cancelled,
};

/** Outcome of a storage operation: success, or an error kind with a message a GUI can show verbatim. */
struct StorageStatus
{
    StorageError error = StorageError::None;
    QString message;

    bool ok() const { return error == StorageError::None; }
    static StorageStatus success() { return {}; }
    static StorageStatus failure(StorageError error, QString message) { return {error, std::move(message)}; }
};

/** A value read or created by storage, or the reason there is none. */
template <typename T>
struct StorageResult
{
    std::optional<T> value;
    StorageStatus status;

    bool ok() const { return value.has_value(); }
    static StorageResult of(T value) { return {std::move(value), {}}; }
    static StorageResult failure(StorageStatus status) { return {std::nullopt, std::move(status)}; }
    static StorageResult failure(StorageError error, QString message)
    {
        return {std::nullopt, StorageStatus::failure(error, std::move(message))};
    }
};

} // namespace pf::core
