#pragma once

// The cloudflared release the Colab cell downloads, and the SHA-256 it must have. The cell refuses
// to run a binary whose digest differs.
//
// How to update: pick a release from https://github.com/cloudflare/cloudflared/releases, take
// the SHA-256 of `cloudflared-linux-amd64` from its release notes, and confirm the same digest in at
// least two independent public projects that pin that release, then change both constants here
// (and say which sources confirmed it below). Colab runtimes are x86-64, so one asset is enough.
//
// 2024.12.2, linux-amd64, confirmed in two independent projects that pin it:
//  - github.com/cashapp/hermit-packages, cloudflared.hcl (commit 03818ba159f1a3e8f5fb45508fda14dad5e8604b):
//    the sha256sums entry for releases/download/2024.12.2/cloudflared-linux-amd64;
//  - github.com/MikkoParkkola/nowifi, go/internal/toolchain/toolchain.go: cloudflared Version
//    "2024.12.2", Checksums["linux/amd64"].
// (A TypeScript tunnel module's CLOUDFLARED_HASHES and a shell installer's test pin the same digest.)
// Newer releases (REFERENCE.md describes 2026.x) were not pinned: no two sources confirming one were
// found when this was written.
namespace colab::cloudflared_release {

inline constexpr char kVersion[] = "2024.12.2";
inline constexpr char kLinuxAmd64Url[] =
    "https://github.com/cloudflare/cloudflared/releases/download/2024.12.2/cloudflared-linux-amd64";
inline constexpr char kLinuxAmd64Sha256[] = "5237675a5e806120729acc78c5be02f9db5f406717699587abfa72b49b39fe40";

} // namespace colab::cloudflared_release
