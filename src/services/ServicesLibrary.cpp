// Anchors the library; the services live in the area folders (see CMakeLists.txt).
