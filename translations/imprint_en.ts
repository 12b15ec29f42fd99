<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CreateImageWizard</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation><numerusform>about %n minute</numerusform><numerusform>about %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>SimulatorEngine</name>
    <message numerus="yes">
        <source>%n instance(s) from %1</source>
        <translation><numerusform>%n instance from %1</numerusform><numerusform>%n instances from %1</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::CopyImageDialog</name>
    <message numerus="yes">
        <source>Only the system disk image is copied: the %n associated data-disk snapshot(s) are neither copied nor associated with the copy.</source>
        <translation><numerusform>Only the system disk image is copied: the %n associated data-disk snapshot are neither copied nor associated with the copy.</numerusform><numerusform>Only the system disk image is copied: the %n associated data-disk snapshots are neither copied nor associated with the copy.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only the system disk image is copied: the %n associated data-disk snapshot(s) will be neither copied nor associated with the copy.</source>
        <translation><numerusform>Only the system disk image is copied: the %n associated data-disk snapshot will be neither copied nor associated with the copy.</numerusform><numerusform>Only the system disk image is copied: the %n associated data-disk snapshots will be neither copied nor associated with the copy.</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::CreateImageSummaryPage</name>
    <message numerus="yes">
        <source>from %n snapshot(s): %1</source>
        <translation><numerusform>from %n snapshot: %1</numerusform><numerusform>from %n snapshots: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, with %n associated data disk(s)</source>
        <translation><numerusform>, with %n associated data disk</numerusform><numerusform>, with %n associated data disks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> — %n beyond the free tier of %1, about %2 per month for this one</source>
        <translation><numerusform> — %n beyond the free tier of %1, about %2 per month for this one</numerusform><numerusform> — %n beyond the free tier of %1, about %2 per month for this one</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::DashboardWidget</name>
    <message numerus="yes">
        <source>%n %1 custom image(s) to be repossessed and unusable.</source>
        <translation><numerusform>%n %1 custom image to be repossessed and unusable.</numerusform><numerusform>%n %1 custom images to be repossessed and unusable.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Released in %n day(s) unless you top up.</source>
        <translation><numerusform>Released in %n day unless you top up.</numerusform><numerusform>Released in %n days unless you top up.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n custom image(s)</source>
        <translation><numerusform>%n custom image</numerusform><numerusform>%n custom images</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s), %2</source>
        <translation><numerusform>%1: %n image, %2</numerusform><numerusform>%1: %n images, %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n to be repossessed</source>
        <translation><numerusform>%n to be repossessed</numerusform><numerusform>%n to be repossessed</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::LaunchSummaryPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;Launch &lt;b&gt;%n instance(s)&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;&lt;p&gt;Type %3%4, %5 billing.&lt;br&gt;Disks of each instance:%6&lt;/p&gt;&lt;p&gt;Estimated cost: %7.&lt;/p&gt;&lt;p&gt;Progress appears in Recent Operations; the instances appear in the Instances tab.&lt;/p&gt;</source>
        <translation><numerusform>&lt;p&gt;Launch &lt;b&gt;%n instance&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;&lt;p&gt;Type %3%4, %5 billing.&lt;br&gt;Disks of each instance:%6&lt;/p&gt;&lt;p&gt;Estimated cost: %7.&lt;/p&gt;&lt;p&gt;Progress appears in Recent Operations; the instances appear in the Instances tab.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;Launch &lt;b&gt;%n instances&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; in zone %2.&lt;/p&gt;&lt;p&gt;Type %3%4, %5 billing.&lt;br&gt;Disks of each instance:%6&lt;/p&gt;&lt;p&gt;Estimated cost: %7.&lt;/p&gt;&lt;p&gt;Progress appears in Recent Operations; the instances appear in the Instances tab.&lt;/p&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::MainWindow</name>
    <message numerus="yes">
        <source>%n instances selected.</source>
        <translation><numerusform>%n instance selected.</numerusform><numerusform>%n instances selected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n images selected.</source>
        <translation><numerusform>%n image selected.</numerusform><numerusform>%n images selected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Delete %n custom image(s)? This cannot be undone.&lt;/p&gt;</source>
        <translation><numerusform>&lt;p&gt;Delete %n custom image? This cannot be undone.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;Delete %n custom images? This cannot be undone.&lt;/p&gt;</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::OverdueBanner</name>
    <message numerus="yes">
        <source>They will be released in %n day(s) unless you top up.</source>
        <translation><numerusform>They will be released in %n day unless you top up.</numerusform><numerusform>They will be released in %n days unless you top up.</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::QuotaCostModel</name>
    <message numerus="yes">
        <source>%1 of %2 custom images; %n more can be created.</source>
        <translation><numerusform>%1 of %2 custom images; %n more can be created.</numerusform><numerusform>%1 of %2 custom images; %n more can be created.</numerusform></translation>
    </message>
</context>
<context>
    <name>imprint::TencentCloudEngine</name>
    <message numerus="yes">
        <source>%n instance(s) from %1</source>
        <translation><numerusform>%n instance from %1</numerusform><numerusform>%n instances from %1</numerusform></translation>
    </message>
</context>
</TS>