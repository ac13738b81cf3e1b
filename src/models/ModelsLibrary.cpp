// Anchors the library; the models live in the area folders (see CMakeLists.txt).
