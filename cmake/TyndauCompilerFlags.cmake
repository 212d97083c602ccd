# Strict warnings everywhere; -Werror in CI (TYNDAU_WERROR=ON); sanitizers on request.
set(TYNDAU_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
    -Wformat=2 -Wmissing-declarations)
if(TYNDAU_WERROR)
    list(APPEND TYNDAU_WARNINGS -Werror)
endif()

if(TYNDAU_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(TYNDAU_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TYNDAU_FUZZ needs clang (CXX=clang++)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Apply the project's warnings to one of its own targets (not to generated moc/uic code
# of third parties, which we do not build).
function(tyndau_target_warnings target)
    target_compile_options(${target} PRIVATE ${TYNDAU_WARNINGS})
endfunction()
