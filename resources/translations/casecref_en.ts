<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookmarksModel</name>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarked pages, passages and searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark folder shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the bookmark in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every bookmark as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bookmarks of a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the folder shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its bookmarks stay, in no folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is no longer found in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has moved; shown where it now stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bookmark here: open an entity, a document or a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the bookmark “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (type a new name to make one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is now in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is now in no folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder “{folder}” deleted; its bookmarks are in no folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} bookmarks to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} bookmarks from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildRunner</name>
    <message>
        <source>the build could not start: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the build stopped (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the build; the database on show stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 build warning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} build warnings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Reject a fact (not what the sentence says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another entity into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split an alias off (it does not name this entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the parent (part of…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sentence says instead, your source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <source> — not found in this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections to the documents&apos; facts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the chosen correction (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every correction as a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the corrections of a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not corrected: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected. Undo it on the page or in the Corrections panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This correction&apos;s entity is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} corrections to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} corrections from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailBrowser</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity, document or search on show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>1 entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Also: {aliases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {kind}, {mentions}{aliases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>{title}
visited {moment}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and searches visited, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is no longer in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every page and search in the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Add Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text documents (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder of Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Bundled reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy documents into your library and build it (or drop files on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every document of a folder; re-scanned later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;scan Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new and changed documents from their folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundled Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled documents only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled documents and the ones you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added any documents to your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scan: {changes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled reference cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building your library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build cancelled; the database on show is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library could not be built: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library built: {documents} documents in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library cannot be changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search entities and documents (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries and organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entity by kind and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the tree (names and aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the entities whose names hold these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and export everything, not the one-to-two-page briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Uncertain Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facts found with low confidence, marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} — {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{application}&lt;/b&gt; {version}&lt;br&gt;An offline reference browser for the security relations of Central Asia.&lt;br&gt;&lt;br&gt;Database: {database}&lt;br&gt;Built {built}, schema {schema}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Your Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words: shown on the page and in print as yours, apart from the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Your note on {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot note this page: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an entity, or a passage of a document, to write a note on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passage is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on “{quote}” ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written: no note kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Open an entity or a document to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} (1 page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be exported as {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Remove Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}  —  added {date} from {original}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the documents to take out of your library (the original files stay):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities and passages matching the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source> — no longer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — missing: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The reference database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Rebuild it from the bundled documents? This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsDialog</name>
    <message>
        <source>Build warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the build skipped or decoded by guess:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own note on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct This Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a fact, add an alias, rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an entity page to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
