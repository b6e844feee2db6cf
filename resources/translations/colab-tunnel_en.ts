<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>colab::AddTunnelDialog</name>
    <message numerus="yes">
        <source>%n more link(s) arrived; each opens for confirmation after this one.</source>
        <translation>
            <numerusform>%n more link arrived; it opens for confirmation after this one.</numerusform>
            <numerusform>%n more links arrived; each opens for confirmation after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colab::WelcomePage</name>
    <message numerus="yes">
        <source>%n tunnel slot(s) with your own domain exist.</source>
        <translation>
            <numerusform>%n tunnel slot with your own domain exists.</numerusform>
            <numerusform>%n tunnel slots with your own domain exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runtime(s) are in the dashboard.</source>
        <translation>
            <numerusform>%n runtime is in the dashboard.</numerusform>
            <numerusform>%n runtimes are in the dashboard.</numerusform>
        </translation>
    </message>
</context>
</TS>
