# Use ccache when it is installed. Precompiled headers need the sloppiness set in run.sh
# (pch_defines,time_macros,include_file_mtime,include_file_ctime) to be cached.
find_program(LOCUSCOPE_CCACHE ccache)
if(LOCUSCOPE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER ${LOCUSCOPE_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${LOCUSCOPE_CCACHE})
    message(STATUS "ccache: ${LOCUSCOPE_CCACHE}")
endif()
