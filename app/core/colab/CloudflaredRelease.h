#pragma once

// The cloudflared release the Colab cell downloads, and the SHA-256 it must have. The cell refuses
// to run a binary whose digest differs.
//
// Cloudflare supports releases within one year of the newest one; kNewestKnownVersion is the newest
// release this project knows of (the one place it is kept), and a unit test fails once kVersion is
// more than a year older than it. To move the pin: scripts/bump-cloudflared.sh (with network) prints
// the new constants and where the digest was confirmed. Colab runtimes are x86-64: one asset is enough.
//
// 2026.8.2, linux-amd64. cloudflared's own RELEASE_NOTES list changes but no checksums, and the
// release page's body is not in the repository, so the digest is confirmed by two independent public
// projects that pin this exact asset:
//  - github.com/cashapp/hermit-packages, cloudflared.hcl (commit f0517fd7532fc6adfd910cfba3ef2b4c59f662db):
//    the sha256sums entry for releases/download/2026.8.2/cloudflared-linux-amd64;
//  - github.com/frxbg/frigotehnica-boss-cloudflare-tunnel, install.sh (commit
//    db2550de47fd8789c76dcbb3938f5663eae43c7d): CLOUDFLARED_AMD64_SHA256 for cloudflared-linux-amd64 2026.8.2.
// (Several more projects pin the same digest for 2026.8.2: a Go connector's binarySHA256, a VNC
// installer's CF_SHA256_AMD64, a deployment guide's sha256sum -c line.)
// 2026.8.2 is also the newest tag of github.com/cloudflare/cloudflared seen here (RELEASE_NOTES,
// commit d1df7985bdf189c4caf34e290bafbf8f411e603b) and the version REFERENCE.md describes.
namespace colab::cloudflared_release {

inline constexpr char kVersion[] = "2026.8.2";
inline constexpr char kLinuxAmd64Url[] =
    "https://github.com/cloudflare/cloudflared/releases/download/2026.8.2/cloudflared-linux-amd64";
inline constexpr char kLinuxAmd64Sha256[] = "fcfb02b575a52ca1af2e3267af4e1517bcdeb30ac48c834c69abaed3c0576ad2";

// The newest cloudflared release the project knows of; scripts/bump-cloudflared.sh moves it too.
inline constexpr char kNewestKnownVersion[] = "2026.8.2";

} // namespace colab::cloudflared_release
