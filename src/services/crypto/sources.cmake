# Package signatures: Ed25519 key pairs, detached signatures and fingerprints (libsodium).
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PackageSigning.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageSigning.cpp
)
